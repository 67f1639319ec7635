import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { Icon } from './Icon';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Names the navigation landmark when a page has several paged lists. */
  label?: string;
};

/** Page numbers around the current one, with the first and last always reachable. */
function visiblePages(page: number, pages: number): (number | 'gap')[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export function Pagination({ page, pageSize, total, onPageChange, label }: PaginationProps) {
  const { t } = useTranslation('common');
  const { number } = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  if (total === 0) return null; // The empty state already says there is nothing.
  return (
    <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mt-3">
      <p className="mb-0 small" aria-live="polite">
        {t('table.range', { first: number(first), last: number(last), total: number(total) })}
      </p>
      {pages > 1 && (
        <nav className="pagination-wrapper mb-0" aria-label={label ?? t('table.pagination')}>
          <ul className="pagination mb-0">
            <li className={`page-item${page <= 1 ? ' disabled' : ''}`}>
              <button type="button" className="page-link" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
                <Icon name="it-chevron-left" color="primary" />
                <span className="visually-hidden">{t('table.previous')}</span>
              </button>
            </li>
            {visiblePages(page, pages).map((p, i) =>
              p === 'gap' ? (
                <li key={`gap-${i}`} className="page-item" aria-hidden="true">
                  <span className="page-link">…</span>
                </li>
              ) : (
                <li key={p} className="page-item">
                  <button
                    type="button"
                    className="page-link"
                    aria-current={p === page ? 'page' : undefined}
                    onClick={() => onPageChange(p)}
                  >
                    <span className="visually-hidden">{t('table.page')} </span>
                    {p}
                  </button>
                </li>
              ),
            )}
            <li className={`page-item${page >= pages ? ' disabled' : ''}`}>
              <button type="button" className="page-link" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
                <span className="visually-hidden">{t('table.next')}</span>
                <Icon name="it-chevron-right" color="primary" />
              </button>
            </li>
          </ul>
        </nav>
      )}
    </div>
  );
}
