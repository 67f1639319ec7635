import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { districtBody, districtKinds } from '../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, type useForm } from '../../../../platform/web';
import { regionsQuery, type District } from '../api';

export type DistrictValues = { code: string; name: string; kind: string; regionCode: string; description: string };

export const emptyDistrict: DistrictValues = { code: '', name: '', kind: '', regionCode: '', description: '' };

export function districtValuesOf(d: District): DistrictValues {
  return { code: d.code, name: d.name, kind: d.kind, regionCode: d.regionCode ?? '', description: d.description ?? '' };
}

/** Inputs hold strings; the API wants null for "no region" and "no description". */
function toBody(v: DistrictValues) {
  return { code: v.code, name: v.name, kind: v.kind || undefined, regionCode: v.regionCode || null, description: v.description.trim() || null };
}

type Props = {
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: unknown) => void;
  form: ReturnType<typeof useForm<DistrictValues>>;
  onCancel: () => void;
};

/** Create and edit share this form; the contract's zod schema checks it before the API does. */
export function DistrictForm({ submitLabel, busy, onSubmit, form, onCancel }: Props) {
  const { t } = useTranslation('territory');
  const regions = useQuery(regionsQuery);
  const labels: Record<keyof DistrictValues, string> = {
    code: t('fields.code'),
    name: t('fields.name'),
    kind: t('fields.kind'),
    regionCode: t('fields.region'),
    description: t('fields.description'),
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(districtBody, toBody(form.values));
    if (body) onSubmit(body);
  };

  return (
    <form noValidate onSubmit={submit} className="bg-white p-4 rounded shadow-sm">
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField label={labels.code} hint={t('districtForm.codeHint')} required maxLength={40} {...form.field('code')} />
        </div>
        <div className="col-12 col-md-8">
          <TextField label={labels.name} required maxLength={200} {...form.field('name')} />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.kind}
            required
            emptyLabel={t('districtForm.choose')}
            options={districtKinds.map((k) => ({ value: k, label: t(`districtKinds.${k}`) }))}
            {...form.field('kind')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.regionCode}
            emptyLabel={t('districtForm.noRegion')}
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            aria-busy={regions.isPending}
            {...form.field('regionCode')}
          />
        </div>
        <div className="col-12">
          <TextAreaField label={labels.description} maxLength={2000} {...form.field('description')} />
        </div>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common:actions.saving') : submitLabel}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
