import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementKinds } from '../../../contract';
import { SelectField, TextAreaField, TextField } from '../../../../../platform/web';
import { organizationOptionsQuery, roundtableOptionsQuery } from '../../api/actions';
import { districtOptionsQuery, networkOptionsQuery, type Agreement } from '../../api/agreements';

/** The agreement's own data as the inputs hold it (strings). */
export type AgreementFormValues = {
  kind: string;
  title: string;
  subject: string;
  districtId: string;
  keeperOrganizationId: string;
  networkId: string;
  roundtableId: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  renewalNoticeDays: string;
};

export const emptyAgreementValues: AgreementFormValues = {
  kind: 'memorandum',
  title: '',
  subject: '',
  districtId: '',
  keeperOrganizationId: '',
  networkId: '',
  roundtableId: '',
  signedOn: '',
  validFrom: '',
  validTo: '',
  renewalNoticeDays: '60',
};

export function agreementValuesOf(a: Agreement): AgreementFormValues {
  return {
    kind: a.kind,
    title: a.title,
    subject: a.subject ?? '',
    districtId: a.districtId ?? '',
    keeperOrganizationId: a.keeperOrganizationId,
    networkId: a.networkId ?? '',
    roundtableId: a.roundtableId ?? '',
    signedOn: a.signedOn ?? '',
    validFrom: a.validFrom,
    validTo: a.validTo ?? '',
    renewalNoticeDays: String(a.renewalNoticeDays),
  };
}

/** The values as the API body: empty optional fields are null, the notice a number. */
export function agreementBodyOf(v: AgreementFormValues) {
  const days = v.renewalNoticeDays.trim();
  return {
    kind: v.kind || undefined,
    title: v.title,
    subject: v.subject || null,
    districtId: v.districtId || null,
    keeperOrganizationId: v.keeperOrganizationId || undefined,
    networkId: v.networkId || null,
    roundtableId: v.roundtableId || null,
    signedOn: v.signedOn || null,
    validFrom: v.validFrom || undefined,
    validTo: v.validTo || null,
    renewalNoticeDays: days === '' ? undefined : Number(days),
  };
}

export function useAgreementLabels(): Record<keyof AgreementFormValues | 'parties', string> {
  const { t } = useTranslation('governance');
  return {
    kind: t('agreements.fields.kind'),
    title: t('agreements.fields.title'),
    subject: t('agreements.fields.subject'),
    districtId: t('agreements.fields.district'),
    keeperOrganizationId: t('agreements.fields.keeper'),
    networkId: t('agreements.fields.network'),
    roundtableId: t('agreements.fields.roundtable'),
    signedOn: t('agreements.fields.signedOn'),
    validFrom: t('agreements.fields.validFrom'),
    validTo: t('agreements.fields.validTo'),
    renewalNoticeDays: t('agreements.fields.renewalNoticeDays'),
    parties: t('agreements.fields.parties'),
  };
}

type FieldProps = { value: string; onChange: (value: string) => void; error?: string };
type Props = { field: (name: keyof AgreementFormValues) => FieldProps };

/** Kind, title, subject, where it belongs, who keeps it, and its dates. */
export function AgreementFields({ field }: Props) {
  const { t } = useTranslation('governance');
  const labels = useAgreementLabels();
  const organizations = useQuery(organizationOptionsQuery);
  const districts = useQuery(districtOptionsQuery);
  const networks = useQuery(networkOptionsQuery);
  const tables = useQuery(roundtableOptionsQuery);
  return (
    <>
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField label={labels.kind} required options={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kind.${k}`) }))} {...field('kind')} />
        </div>
        <div className="col-12 col-md-8">
          <TextField label={labels.title} required maxLength={300} {...field('title')} />
        </div>
      </div>
      <TextAreaField label={labels.subject} rows={3} maxLength={8000} {...field('subject')} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.keeperOrganizationId}
            required
            hint={t('agreements.form.keeperHint')}
            emptyLabel={t('agreements.form.choose')}
            options={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...field('keeperOrganizationId')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.districtId}
            emptyLabel={t('agreements.form.none')}
            options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            {...field('districtId')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.networkId}
            emptyLabel={t('agreements.form.none')}
            options={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
            {...field('networkId')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.roundtableId}
            emptyLabel={t('agreements.form.none')}
            options={(tables.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
            {...field('roundtableId')}
          />
        </div>
      </div>
      <div className="row">
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={labels.signedOn} type="date" {...field('signedOn')} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={labels.validFrom} type="date" required {...field('validFrom')} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={labels.validTo} type="date" hint={t('agreements.form.validToHint')} {...field('validTo')} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={labels.renewalNoticeDays} type="number" min={0} max={365} inputMode="numeric" hint={t('agreements.form.noticeHint')} {...field('renewalNoticeDays')} />
        </div>
      </div>
    </>
  );
}
