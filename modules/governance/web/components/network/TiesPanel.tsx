import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, useFormat } from '../../../../../platform/web';
import type { GraphEdge, GraphNode } from '../../api/network';

type Props = { node: GraphNode; nodes: GraphNode[]; edges: GraphEdge[]; onClose: () => void };

/** The ties of the chosen organisation: linked organisations with kind, direction and weight. */
export function TiesPanel({ node, nodes, edges, onClose }: Props) {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const ties = edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => {
      const other = e.source === node.id ? e.target : e.source;
      const direction = !e.directed ? null : e.source === node.id ? 'out' : 'in';
      return { key: `${e.kind}:${e.source}:${e.target}`, other: nameOf(other), kind: e.kind, weight: e.weight, direction };
    })
    .sort((a, b) => a.other.localeCompare(b.other) || a.kind.localeCompare(b.kind));
  return (
    <aside aria-labelledby="ties-title" className="border rounded p-3 h-100">
      <div className="d-flex justify-content-between align-items-start gap-2">
        <h2 id="ties-title" className="h5">
          {node.name}
        </h2>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onClose}>
          {t('network.ties.close')}
        </button>
      </div>
      <p className="small mb-2">
        {t(`network.sectors.${node.sector}`)} · {t('network.ties.degree', { count: node.degree })} · {t('network.ties.betweenness', { value: number(Math.round(node.betweenness * 1000) / 1000) })}
      </p>
      {ties.length === 0 ? (
        <EmptyState message={t('network.ties.none')} />
      ) : (
        <ul className="list-unstyled mb-0">
          {ties.map((tie) => (
            <li key={tie.key} className="border-bottom py-2 d-flex justify-content-between gap-2">
              <span>
                {tie.direction === 'out' ? '→ ' : tie.direction === 'in' ? '← ' : ''}
                {tie.other}
              </span>
              <span className="text-nowrap">
                <Badge>{t(`network.kinds.${tie.kind}`)}</Badge> <span className="visually-hidden">{t('network.ties.weight')}</span>
                {number(tie.weight)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
