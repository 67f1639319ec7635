import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../platform/web';
import { provincesQuery } from '../api';

export function ProvinceSelect({ value, onChange, className }: { value: string; onChange: (code: string) => void; className?: string }) {
  const { t } = useTranslation('territory');
  const provinces = useQuery(provincesQuery);
  return (
    <SelectField
      label={t('fields.province')}
      value={value}
      onChange={onChange}
      emptyLabel={t('filters.allProvinces')}
      options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.abbreviation ? `${p.name} (${p.abbreviation})` : p.name }))}
      className={className}
      aria-busy={provinces.isPending}
    />
  );
}
