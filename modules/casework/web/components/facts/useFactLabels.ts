import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, intlLocale, type Page } from '../../../../../platform/web';
import type { FactDimension } from '../../api/facts';
import { useLanguageName } from '../plan/languages';

/** The readable name of a row key for each breakdown (month, need area, municipality name, language...). */
export function useFactLabels(by: FactDimension, districtId: string): (key: string) => string {
  const { t, i18n } = useTranslation('casework');
  const languageName = useLanguageName();
  const municipalities = useQuery({
    queryKey: ['territory', 'municipalities', 'options', districtId],
    queryFn: ({ signal }) => apiFetch<Page<{ id: string; name: string }>>('/api/territory/municipalities', { query: { districtId, page: 1, pageSize: 500 }, signal }),
    enabled: by === 'municipality' && !!districtId,
    staleTime: 5 * 60_000,
  });
  const month = useMemo(() => new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'short', year: 'numeric', timeZone: 'UTC' }), [i18n.language]);
  return useCallback((key: string) => {
    if (key === 'unknown' || key === 'none') return t('facts.unknown');
    switch (by) {
      case 'month':
        return /^\d{4}-\d{2}$/.test(key) ? month.format(new Date(`${key}-01T00:00:00Z`)) : key;
      case 'need':
        return t(`cases.needs.${key}`, { defaultValue: key });
      case 'outcome':
        return t(`cases.outcomes.${key}`, { defaultValue: key });
      case 'intervention':
        return t(`plan.interventions.kinds.${key}`, { defaultValue: key });
      case 'citizenship':
        return t(`facts.citizenship.${key}`, { defaultValue: key });
      case 'language':
        return languageName(key);
      case 'municipality':
        return municipalities.data?.items.find((m) => m.id === key)?.name ?? key;
      default:
        return key;
    }
  }, [by, t, month, languageName, municipalities.data]);
}
