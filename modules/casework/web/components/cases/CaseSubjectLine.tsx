import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ErrorState, LoadingState } from '../../../../../platform/web';
import type { HouseholdView, PersonView } from '../../../contract';

/** Who the new case is for: the person's or household's name, read from their record. */
export function CaseSubjectLine({ personId, householdId }: { personId: string | null; householdId: string | null }) {
  const { t } = useTranslation('casework');
  const subject = useQuery({
    queryKey: ['casework', personId ? 'persons' : 'households', personId ?? householdId, 'name'],
    queryFn: ({ signal }) =>
      personId
        ? apiFetch<PersonView>(`/api/casework/persons/${personId}`, { signal }).then((p) => `${p.givenName} ${p.familyName}`)
        : apiFetch<HouseholdView>(`/api/casework/households/${householdId}`, { signal }).then((h) => h.name),
    enabled: !!(personId || householdId),
  });
  if (!personId && !householdId) return <div className="alert alert-warning">{t('cases.open.noSubject')}</div>;
  if (subject.isPending) return <LoadingState />;
  if (subject.isError) return <ErrorState error={subject.error} onRetry={() => void subject.refetch()} />;
  return (
    <p className="fs-5">
      {personId ? t('cases.open.forPerson') : t('cases.open.forHousehold')} <strong>{subject.data}</strong>
    </p>
  );
}
