import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ConfirmDialog, ErrorState } from '../../../../platform/web';
import { organizationQuery, type Organization } from '../api';

/** Archive (or restore) after a confirmation; shown only when the record says `abilities.archive`. */
export function ArchiveButton({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const archive = useMutation({
    mutationFn: () => apiFetch<Organization>(`/api/organizations/${org.id}/archive`, { method: 'POST', body: { archived: !org.archived } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationQuery(org.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      setOpen(false);
    },
  });
  if (!org.abilities.archive) return null;
  const restoring = org.archived;
  return (
    <>
      <button type="button" className={`btn btn-sm ${restoring ? 'btn-outline-primary' : 'btn-outline-danger'}`} onClick={() => setOpen(true)}>
        {restoring ? t('archive.restore') : t('archive.archive')}
      </button>
      <ConfirmDialog
        isOpen={open}
        danger={!restoring}
        title={restoring ? t('archive.restoreTitle') : t('archive.archiveTitle')}
        confirmLabel={restoring ? t('archive.restore') : t('archive.archive')}
        busy={archive.isPending}
        onConfirm={() => archive.mutate()}
        onCancel={() => {
          setOpen(false);
          archive.reset();
        }}
      >
        <p>{restoring ? t('archive.restoreText', { name: org.name }) : t('archive.archiveText', { name: org.name })}</p>
        {archive.isError && <ErrorState error={archive.error} />}
      </ConfirmDialog>
    </>
  );
}
