import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../platform/web';
import type { GraphEdge, GraphNode } from '../../api/network';

/** The graph as tables: organisations with degree and betweenness, and every tie (the accessible alternative). */
export function GraphTable({ nodes, edges, onSelect }: { nodes: GraphNode[]; edges: GraphEdge[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <>
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <caption>{t('network.table.organizationsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.table.organization')}</th>
              <th scope="col">{t('network.table.sector')}</th>
              <th scope="col">{t('network.table.degree')}</th>
              <th scope="col">{t('network.table.betweenness')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => (
              <tr key={n.id}>
                <th scope="row">
                  <button type="button" className="btn btn-link p-0 text-start" onClick={() => onSelect(n.id)}>
                    {n.name}
                  </button>
                </th>
                <td>{t(`network.sectors.${n.sector}`)}</td>
                <td>{number(n.degree)}</td>
                <td>{number(Math.round(n.betweenness * 1000) / 1000)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption>{t('network.table.tiesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.table.from')}</th>
              <th scope="col">{t('network.table.to')}</th>
              <th scope="col">{t('network.table.kind')}</th>
              <th scope="col">{t('network.table.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={`${e.kind}:${e.source}:${e.target}`}>
                <td>{nameOf(e.source)}</td>
                <td>
                  {e.directed ? '→ ' : ''}
                  {nameOf(e.target)}
                </td>
                <td>{t(`network.kinds.${e.kind}`)}</td>
                <td>{number(e.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
