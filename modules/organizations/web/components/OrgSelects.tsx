import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../platform/web';
import { districtOptionsQuery, municipalityOptionsQuery } from '../api';
import { organizationKinds } from '../kinds';

type SelectProps = { value: string; onChange: (v: string) => void; error?: string; required?: boolean; emptyLabel?: string; label?: string; className?: string };

export function KindSelect({ value, onChange, error, required, emptyLabel, label, className }: SelectProps) {
  const { t } = useTranslation('organizations');
  return (
    <SelectField
      label={label ?? t('fields.kind')}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      emptyLabel={emptyLabel}
      className={className}
      options={organizationKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
    />
  );
}

export function DistrictOptionsSelect({ value, onChange, error, required, emptyLabel, label, className }: SelectProps) {
  const { t } = useTranslation('organizations');
  const districts = useQuery(districtOptionsQuery);
  return (
    <SelectField
      label={label ?? t('fields.district')}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      emptyLabel={emptyLabel}
      className={className}
      options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}

/** Municipalities of the chosen district only: a select of all ~7,900 Italian municipalities would be unusable. */
export function MunicipalityOptionsSelect({ districtId, value, onChange, error, label, className }: SelectProps & { districtId: string }) {
  const { t } = useTranslation('organizations');
  const municipalities = useQuery({ ...municipalityOptionsQuery(districtId), enabled: !!districtId });
  return (
    <SelectField
      label={label ?? t('fields.municipality')}
      value={value}
      onChange={onChange}
      error={error}
      className={className}
      disabled={!districtId}
      hint={districtId ? undefined : t('form.municipalityNeedsDistrict')}
      emptyLabel={t('form.none')}
      options={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
    />
  );
}
