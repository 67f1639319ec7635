import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from './Icon';

type Props = { to: string; title: string; icon: string; children?: ReactNode };

/** A dashboard card that links as a whole (stretched link); the title is the link text. */
export function DashboardCard({ to, title, icon, children }: Props) {
  return (
    <div className="bg-white border rounded shadow-sm p-4 h-100 position-relative">
      <div className="d-flex align-items-center gap-2 mb-2">
        <Icon name={icon} color="primary" />
        <h3 className="h5 mb-0">
          <Link to={to} className="stretched-link">
            {title}
          </Link>
        </h3>
      </div>
      {children}
    </div>
  );
}
