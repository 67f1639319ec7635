import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { basisKinds, referralBody, type sections } from '../../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, useForm } from '../../../../../platform/web';
import { send, type CaseView } from '../../api/cases';
import { fileToBase64, type Referral } from '../../api/referrals';
import { DistrictServiceSelect } from '../cases/ServiceSelects';
import { ConsentPicker } from './ConsentPicker';
import { SectionsCheckboxes } from './SectionsCheckboxes';

type Section = (typeof sections)[number];
const empty = { toServiceId: '', reason: '', basis: 'consent', consentId: '', legalBasisNote: '', until: '' };

/** Refers the case to another service of the district, sharing the chosen parts of the record. */
export function ReferralForm({ c, onSent }: { c: CaseView; onSent: (r: Referral) => void }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm(empty);
  const [shared, setShared] = useState<Section[]>(['identity', 'needs']);
  const [files, setFiles] = useState<File[]>([]);
  const labels = {
    toServiceId: t('referrals.form.to'),
    reason: t('referrals.form.reason'),
    basis: t('referrals.form.basis'),
    consentId: t('referrals.form.consent'),
    legalBasisNote: t('referrals.form.legalBasisNote'),
    sections: t('referrals.form.sections'),
    until: t('referrals.form.until'),
    attachments: t('referrals.form.attachments'),
  };
  const sendReferral = useMutation({
    mutationFn: (body: unknown) => send<Referral>(`/cases/${c.id}/referrals`, body),
    onSuccess: (r) => {
      form.reset(empty);
      setShared(['identity', 'needs']);
      setFiles([]);
      void queryClient.invalidateQueries({ queryKey: ['casework'] });
      onSent(r);
    },
    onError: form.showError,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const attachments = await Promise.all(files.map(async (f) => ({ fileName: f.name, contentType: f.type, contentBase64: await fileToBase64(f) })));
    const body = form.validate(referralBody, {
      toServiceId: v.toServiceId || undefined,
      reason: v.reason,
      basis: v.basis,
      consentId: v.basis === 'consent' ? v.consentId || null : null,
      legalBasisNote: v.basis === 'consent' ? null : v.legalBasisNote,
      sections: shared,
      until: v.until || null,
      attachments,
    });
    if (body) sendReferral.mutate(body);
  };
  const personId = !c.subject.hidden && c.subject.kind === 'person' ? c.subject.id : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="referral-form-title" className="border rounded p-3 bg-white">
      <h2 id="referral-form-title" className="h5">
        {t('referrals.form.title')}
      </h2>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-lg-8">
          <DistrictServiceSelect districtId={c.districtId} label={labels.toServiceId} required excludeIds={c.participants.map((p) => p.serviceId)} {...form.field('toServiceId')} />
        </div>
      </div>
      <TextAreaField label={labels.reason} required rows={3} maxLength={4000} {...form.field('reason')} />
      <div className="row">
        <div className="col-12 col-lg-6">
          <SelectField label={labels.basis} required hint={t('referrals.form.basisHint')} options={basisKinds.map((b) => ({ value: b, label: t(`referrals.basis.${b}`) }))} {...form.field('basis')} />
        </div>
      </div>
      {form.values.basis === 'consent' ? (
        <ConsentPicker personId={personId} value={form.values.consentId} onChange={(id) => form.set('consentId', id)} error={form.fieldErrors.consentId} />
      ) : (
        <TextAreaField label={labels.legalBasisNote} required hint={t('referrals.form.legalBasisHint')} rows={2} maxLength={2000} {...form.field('legalBasisNote')} />
      )}
      <SectionsCheckboxes value={shared} onChange={setShared} error={form.fieldErrors.sections} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField label={labels.until} type="date" hint={t('referrals.form.untilHint')} {...form.field('until')} />
        </div>
        <div className="col-12 col-md-6">
          <div className="mb-4">
            <label htmlFor="referral-attachments">{labels.attachments}</label>
            <input
              id="referral-attachments"
              type="file"
              multiple
              className="form-control"
              accept=".pdf,.jpg,.jpeg,.png,.docx,.odt"
              aria-describedby="referral-attachments-hint"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
            <small id="referral-attachments-hint" className="form-text d-block">
              {t('referrals.form.attachmentsHint')}
            </small>
          </div>
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={sendReferral.isPending}>
        {sendReferral.isPending ? t('common:actions.saving') : t('referrals.form.submit')}
      </button>
    </form>
  );
}
