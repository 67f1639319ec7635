import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../platform/web';
import type { ImportReport } from '../api';

/** The validation (or import) report: counts, then one row per problem with line, field and message. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('territory');
  const { number } = useFormat();
  return (
    <div>
      <ul className="list-unstyled mb-3">
        <li>{t('imports.accepted', { count: report.accepted, formatted: number(report.accepted) })}</li>
        <li>{t('imports.rejected', { count: report.rejected, formatted: number(report.rejected) })}</li>
        {!report.dryRun && (
          <>
            <li>{t('imports.created', { count: report.created, formatted: number(report.created) })}</li>
            <li>{t('imports.updated', { count: report.updated, formatted: number(report.updated) })}</li>
          </>
        )}
      </ul>
      {report.errors.length > 0 && (
        <div className="table-responsive" style={{ maxHeight: '28rem', overflowY: 'auto' }}>
          <table className="table table-sm">
            <caption>{t('imports.errorsCaption', { count: report.errors.length, formatted: number(report.errors.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.line')}</th>
                <th scope="col">{t('imports.field')}</th>
                <th scope="col">{t('imports.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <th scope="row">{number(e.line)}</th>
                  <td>
                    <code className="text-dark">{e.field}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
