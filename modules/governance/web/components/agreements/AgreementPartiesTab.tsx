import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementPartiesBody } from '../../../contract';
import { FormErrorSummary, useForm } from '../../../../../platform/web';
import { sendAgreement, type AgreementDetail } from '../../api/agreements';
import { PartiesEditor, newPartyRow, partiesBodyOf, withPartiesMessage, type PartyRow } from './PartiesEditor';

/** "Parti": the signing organisations; managers replace the list. */
export function AgreementPartiesTab({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing)
    return (
      <PartiesForm
        agreement={agreement}
        onDone={() => {
          setEditing(false);
          setSaved(true);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <>
      <h2 className="h4">{t('agreements.parties.heading')}</h2>
      <div aria-live="polite">{saved && <div className="alert alert-success">{t('agreements.parties.saved')}</div>}</div>
      <div className="table-responsive">
        <table className="table align-middle">
          <caption className="visually-hidden">{t('agreements.parties.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.parties.organizationColumn')}</th>
              <th scope="col">{t('agreements.parties.signatoryNameColumn')}</th>
              <th scope="col">{t('agreements.parties.signatoryRoleColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.parties.map((p) => (
              <tr key={p.organizationId}>
                <th scope="row">
                  {p.organizationName}
                  {p.organizationId === agreement.keeperOrganizationId && <span className="d-block small text-secondary">{t('agreements.parties.keeper')}</span>}
                </th>
                <td>{p.signatoryName ?? '—'}</td>
                <td>{p.signatoryRole ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {agreement.abilities.manage && (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('agreements.parties.edit')}
        </button>
      )}
    </>
  );
}

function PartiesForm({ agreement, onDone, onCancel }: { agreement: AgreementDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const form = useForm({});
  // The form replaces the button that opened it: bring focus to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [rows, setRows] = useState<PartyRow[]>(() =>
    agreement.parties.map((p) => newPartyRow({ organizationId: p.organizationId, signatoryName: p.signatoryName ?? '', signatoryRole: p.signatoryRole ?? '' })),
  );
  const save = useMutation({
    mutationFn: (body: unknown) => sendAgreement<AgreementDetail>(`/${agreement.id}/parties`, body, 'PUT'),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements'] });
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(agreementPartiesBody, { parties: partiesBodyOf(rows) });
    if (body) save.mutate(body);
  };
  const errors = withPartiesMessage(form.fieldErrors, rows, t('agreements.parties.min'));
  return (
    <form noValidate onSubmit={submit} aria-label={t('agreements.parties.formLabel')}>
      <h2 className="h4" tabIndex={-1} ref={heading}>
        {t('agreements.parties.formLabel')}
      </h2>
      <FormErrorSummary message={form.formError} fieldErrors={errors} labels={{ parties: t('agreements.fields.parties') }} />
      <PartiesEditor rows={rows} onChange={setRows} errors={errors} />
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
