import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField, FormErrorSummary, SelectField, TextAreaField, TextField, todayIso, useForm } from '../../../../../platform/web';
import { consentBody, documentContentTypes, sections } from '../../../contract';
import { districtOrganizationsQuery, fileToBase64, recordConsent, type ConsentBody } from '../../api/consents';
import type { Person } from '../../api/persons';

type Props = { person: Person; replacesId?: string; onDone: () => void };
type Section = (typeof sections)[number];
const NETWORK = 'network';

/** A new consent term (or one replacing an old term): who receives what, for what, from when, with the signed form. */
export function ConsentForm({ person, replacesId, onDone }: Props) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm({ purpose: '', recipient: NETWORK, givenOn: todayIso(), validUntil: '' });
  const [chosen, setChosen] = useState<Section[]>(['identity', 'contacts', 'needs', 'plan']);
  const [file, setFile] = useState<File | null>(null);
  const orgs = useQuery(districtOrganizationsQuery(person.districtId));

  const save = useMutation({
    mutationFn: (body: ConsentBody) => recordConsent(person.id, body, replacesId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons', 'detail', person.id] });
      onDone();
    },
    onError: form.showError,
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const document = file ? { fileName: file.name, contentType: file.type as (typeof documentContentTypes)[number], contentBase64: await fileToBase64(file) } : null;
    const body: ConsentBody = {
      grantedToOrganizationId: v.recipient === NETWORK ? null : v.recipient,
      purpose: v.purpose,
      sections: chosen,
      givenOn: v.givenOn,
      validUntil: v.validUntil || null,
      document,
    };
    if (form.validate(consentBody, body)) save.mutate(body);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="border rounded p-3 mb-4">
      <h3 className="h5">{replacesId ? t('consents.replaceTitle') : t('consents.newTitle')}</h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      <TextAreaField label={t('consents.purpose')} required rows={2} {...form.field('purpose')} />
      <SelectField
        label={t('consents.recipient')}
        options={[{ value: NETWORK, label: t('consents.wholeNetwork') }, ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))]}
        {...form.field('recipient')}
        error={form.fieldErrors.grantedToOrganizationId}
      />
      <fieldset className="mb-4">
        <legend className="fs-6 fw-semibold mb-2">{t('consents.sections')}</legend>
        <div className="row">
          {sections.map((s) => (
            <div key={s} className="col-12 col-sm-6 col-lg-3">
              <CheckboxField label={t(`sections.${s}`)} checked={chosen.includes(s)} onChange={(c) => setChosen((prev) => (c ? [...prev, s] : prev.filter((x) => x !== s)))} />
            </div>
          ))}
        </div>
        {form.fieldErrors.sections && <div className="invalid-feedback d-block">{form.fieldErrors.sections}</div>}
      </fieldset>
      <div className="row g-3">
        <div className="col-12 col-md-6">
          <TextField label={t('consents.givenOn')} type="date" required {...form.field('givenOn')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={t('consents.validUntil')} type="date" {...form.field('validUntil')} />
        </div>
      </div>
      <div className="mb-4">
        <label htmlFor="consent-file" className="d-block">
          {t('consents.document')}
        </label>
        <input id="consent-file" type="file" accept={documentContentTypes.join(',')} className="form-control" aria-describedby="consent-file-hint" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <small id="consent-file-hint" className="form-text d-block">
          {t('consents.documentHint')}
        </small>
        {form.fieldErrors['document.contentBase64'] && <div className="invalid-feedback d-block">{form.fieldErrors['document.contentBase64']}</div>}
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('consents.record')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
