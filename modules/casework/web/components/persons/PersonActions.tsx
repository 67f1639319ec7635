import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../../../platform/web';
import type { Person } from '../../api/persons';
import { EraseDialog } from './EraseDialog';
import { MergeDialog } from './MergeDialog';

/** Edit, merge, export and erase; each shown only when the record's abilities allow it. */
export function PersonActions({ person }: { person: Person }) {
  const { t } = useTranslation('casework');
  const { export: canExport, erase: canErase } = person.abilities;
  const [dialog, setDialog] = useState<'merge' | 'erase' | null>(null);
  const base = `/api/casework/persons/${person.id}`;
  return (
    <>
      {person.abilities.update && (
        <Link to={`/casework/persons/${person.id}/edit`} className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1">
          <Icon name="it-pencil" color="white" size="sm" />
          {t('common:actions.edit')}
        </Link>
      )}
      {person.abilities.merge && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setDialog('merge')}>
          {t('merge.open')}
        </button>
      )}
      {canExport && (
        <>
          <a href={`${base}/export.json`} download className="btn btn-outline-primary btn-sm">
            {t('export.json')}
          </a>
          <a href={`${base}/export.pdf`} download className="btn btn-outline-primary btn-sm">
            {t('export.pdf')}
          </a>
        </>
      )}
      {canErase && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setDialog('erase')}>
          {t('erase.open')}
        </button>
      )}
      {person.abilities.merge && <MergeDialog person={person} isOpen={dialog === 'merge'} onClose={() => setDialog(null)} />}
      {canErase && <EraseDialog person={person} isOpen={dialog === 'erase'} onClose={() => setDialog(null)} />}
    </>
  );
}
