import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../platform/web';
import type { FactsResponse } from '../../api/facts';

type Cell = FactsResponse['totals'][string];

/** A published count, "< 5" when withheld for disclosure control, a dash when there is no data. */
export function useCellText(threshold: number): (cell: Cell | undefined) => string {
  const { number } = useFormat();
  return (cell) => (!cell ? '—' : cell.suppressed ? `< ${threshold}` : cell.value === null ? '—' : number(cell.value));
}

/** The accessible form of the chart: every group and measure, with the totals. */
export function FactsTable({ facts, label }: { facts: FactsResponse; label: (key: string) => string }) {
  const { t } = useTranslation('casework');
  const text = useCellText(facts.threshold);
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle">
        <caption>{t('facts.tableCaption', { by: t(`facts.by.${facts.by}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`facts.by.${facts.by}`)}</th>
            {facts.measures.map((m) => (
              <th key={m} scope="col" className="text-end">
                {t(`facts.measures.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              {facts.measures.map((m) => (
                <td key={m} className="text-end">
                  {text(r.values[m])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('facts.total')}</th>
            {facts.measures.map((m) => (
              <td key={m} className="text-end fw-semibold">
                {text(facts.totals[m])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
