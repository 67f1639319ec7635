import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../platform/web';
import { allDistrictsQuery } from '../api';

type Props = { value: string; onChange: (id: string) => void; label?: string; emptyLabel?: string; className?: string; required?: boolean; error?: string };

export function DistrictSelect({ value, onChange, label, emptyLabel, className, required, error }: Props) {
  const { t } = useTranslation('territory');
  const districts = useQuery(allDistrictsQuery);
  return (
    <SelectField
      label={label ?? t('fields.district')}
      value={value}
      onChange={onChange}
      emptyLabel={emptyLabel ?? t('filters.allDistricts')}
      options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
      className={className}
      required={required}
      error={error}
      aria-busy={districts.isPending}
    />
  );
}
