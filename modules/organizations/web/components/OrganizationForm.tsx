import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationBody } from '../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, type useForm } from '../../../../platform/web';
import type { Organization } from '../api';
import { sectors } from '../kinds';
import { DistrictOptionsSelect, KindSelect, MunicipalityOptionsSelect } from './OrgSelects';

export type OrganizationValues = {
  name: string;
  shortName: string;
  kind: string;
  sector: string;
  taxId: string;
  ipaCode: string;
  districtId: string;
  municipalityId: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  description: string;
};

export const emptyOrganization: OrganizationValues = {
  name: '',
  shortName: '',
  kind: '',
  sector: '',
  taxId: '',
  ipaCode: '',
  districtId: '',
  municipalityId: '',
  address: '',
  email: '',
  phone: '',
  website: '',
  description: '',
};

export function valuesOf(o: Organization): OrganizationValues {
  return {
    name: o.name,
    shortName: o.shortName ?? '',
    kind: o.kind,
    sector: o.sector,
    taxId: o.taxId ?? '',
    ipaCode: o.ipaCode ?? '',
    districtId: o.districtId ?? '',
    municipalityId: o.municipalityId ?? '',
    address: o.address ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    website: o.website ?? '',
    description: o.description ?? '',
  };
}

/** Inputs hold strings; the API wants null for "none" in its id fields (the contract maps '' to null for texts). */
function toBody(v: OrganizationValues) {
  return { ...v, kind: v.kind || undefined, sector: v.sector || undefined, districtId: v.districtId || null, municipalityId: v.municipalityId || null };
}

type Props = {
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: unknown) => void;
  form: ReturnType<typeof useForm<OrganizationValues>>;
  onCancel: () => void;
};

/** Create and edit share this form; the contract's zod schema checks it before the API does. */
export function OrganizationForm({ submitLabel, busy, onSubmit, form, onCancel }: Props) {
  const { t } = useTranslation('organizations');
  const labels: Record<keyof OrganizationValues, string> = {
    name: t('fields.name'),
    shortName: t('fields.shortName'),
    kind: t('fields.kind'),
    sector: t('fields.sector'),
    taxId: t('fields.taxId'),
    ipaCode: t('fields.ipaCode'),
    districtId: t('fields.district'),
    municipalityId: t('fields.municipality'),
    address: t('fields.address'),
    email: t('fields.email'),
    phone: t('fields.phone'),
    website: t('fields.website'),
    description: t('fields.description'),
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(organizationBody, toBody(form.values));
    if (body) onSubmit(body);
  };

  return (
    <form noValidate onSubmit={submit} className="bg-white p-4 rounded shadow-sm">
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <fieldset className="mb-2">
        <legend className="h5">{t('form.identity')}</legend>
        <div className="row">
          <div className="col-12 col-lg-8">
            <TextField label={labels.name} required maxLength={300} {...form.field('name')} />
          </div>
          <div className="col-12 col-lg-4">
            <TextField label={labels.shortName} maxLength={60} {...form.field('shortName')} />
          </div>
          <div className="col-12 col-md-6">
            <KindSelect required emptyLabel={t('form.choose')} {...form.field('kind')} />
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={labels.sector}
              required
              emptyLabel={t('form.choose')}
              options={sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
              {...form.field('sector')}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={labels.taxId} hint={t('form.taxIdHint')} maxLength={16} {...form.field('taxId')} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={labels.ipaCode} hint={t('form.ipaCodeHint')} maxLength={20} {...form.field('ipaCode')} />
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-2">
        <legend className="h5">{t('form.where')}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <DistrictOptionsSelect
              emptyLabel={t('form.none')}
              {...form.field('districtId')}
              onChange={(v) => {
                form.set('districtId', v);
                form.set('municipalityId', ''); // The municipality list depends on the district.
              }}
            />
          </div>
          <div className="col-12 col-md-6">
            <MunicipalityOptionsSelect districtId={form.values.districtId} {...form.field('municipalityId')} />
          </div>
          <div className="col-12">
            <TextField label={labels.address} maxLength={300} autoComplete="street-address" {...form.field('address')} />
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-2">
        <legend className="h5">{t('form.contacts')}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField label={labels.email} type="email" maxLength={320} {...form.field('email')} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={labels.phone} type="tel" maxLength={25} {...form.field('phone')} />
          </div>
          <div className="col-12">
            <TextField label={labels.website} type="url" hint={t('form.websiteHint')} maxLength={500} {...form.field('website')} />
          </div>
          <div className="col-12">
            <TextAreaField label={labels.description} maxLength={4000} {...form.field('description')} />
          </div>
        </div>
      </fieldset>
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
