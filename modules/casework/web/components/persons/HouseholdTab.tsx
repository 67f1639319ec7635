import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../../platform/web';
import type { Person } from '../../api/persons';
import { HouseholdCreateForm } from './HouseholdCreateForm';

/** The households the person belongs to, and creating one around them. */
export function HouseholdTab({ person }: { person: Person }) {
  const { t } = useTranslation('casework');
  const canCreate = person.abilities.openCase;
  const [creating, setCreating] = useState(false);
  return (
    <>
      {canCreate && !creating && (
        <button type="button" className="btn btn-primary btn-sm mb-3" onClick={() => setCreating(true)}>
          {t('household.create')}
        </button>
      )}
      {creating && <HouseholdCreateForm person={person} onCancel={() => setCreating(false)} />}
      {person.households.length === 0 ? (
        <EmptyState message={t('household.none')} />
      ) : (
        <ul className="list-unstyled">
          {person.households.map((h) => (
            <li key={h.id} className="border-bottom py-2">
              <Link to={`/casework/households/${h.id}`} className="fw-semibold">
                {h.name}
              </Link>{' '}
              <span className="small">({t(`relationships.${h.relationship}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
