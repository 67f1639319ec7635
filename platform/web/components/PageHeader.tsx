import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export type Crumb = { label: string; to?: string };

type PageHeaderProps = { title: string; lead?: ReactNode; actions?: ReactNode; breadcrumbs?: Crumb[] };

/** The page's one h1, its document title and its breadcrumb trail. */
export function PageHeader({ title, lead, actions, breadcrumbs }: PageHeaderProps) {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = `${title} · Crocevia`;
  }, [title]);
  return (
    <div className="mb-4">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav className="breadcrumb-container" aria-label={t('breadcrumb')}>
          <ol className="breadcrumb p-0 mb-2">
            {breadcrumbs.map((c) => (
              <li key={c.label} className="breadcrumb-item">
                {c.to ? <Link to={c.to}>{c.label}</Link> : c.label}
                <span className="separator" aria-hidden="true">
                  /
                </span>
              </li>
            ))}
            <li className="breadcrumb-item active" aria-current="page">
              {title}
            </li>
          </ol>
        </nav>
      )}
      <div className="d-flex flex-wrap align-items-start justify-content-between gap-3">
        <h1 className="h2 mb-2">{title}</h1>
        {actions && <div className="d-flex flex-wrap gap-2">{actions}</div>}
      </div>
      {lead && <p className="lead mb-0">{lead}</p>}
    </div>
  );
}
