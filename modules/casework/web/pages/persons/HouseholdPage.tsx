import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, ErrorState, LoadingState, PageHeader } from '../../../../../platform/web';
import { householdQuery } from '../../api/persons';
import { formatPartialDate } from '../../components/persons/partialDate';

export function HouseholdPage() {
  const { t, i18n } = useTranslation('casework');
  const { id = '' } = useParams();
  const household = useQuery(householdQuery(id));
  const crumbs = [
    { label: t('nav.title'), to: '/casework' },
    { label: t('persons.title'), to: '/casework/persons' },
  ];
  if (household.isPending) return <LoadingState />;
  if (household.isError)
    return (
      <>
        <PageHeader title={t('household.title')} breadcrumbs={crumbs} />
        <ErrorState error={household.error} onRetry={() => void household.refetch()} />
      </>
    );
  const h = household.data;
  return (
    <>
      <PageHeader
        title={h.name}
        breadcrumbs={crumbs}
        lead={
          <>
            {t('household.minors', { count: h.minors })}
            {h.unknownAge > 0 && ` · ${t('household.unknownAge', { count: h.unknownAge })}`}{' '}
            {h.singleParent && <Badge tone="primary">{t('household.singleParent')}</Badge>}
          </>
        }
      />
      <section aria-labelledby="household-members">
        <h2 id="household-members" className="h4">
          {t('household.members')}
        </h2>
        {h.members.length === 0 ? (
          <EmptyState />
        ) : (
          <div className="table-responsive">
            <table className="table align-middle">
              <caption className="visually-hidden">{t('household.membersCaption', { name: h.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('person.name')}</th>
                  <th scope="col">{t('household.relationship')}</th>
                  <th scope="col">{t('person.birthDate')}</th>
                  <th scope="col">{t('person.sex')}</th>
                </tr>
              </thead>
              <tbody>
                {h.members.map((m, i) =>
                  m.kind === 'visible' ? (
                    <tr key={m.personId}>
                      <th scope="row">
                        <Link to={`/casework/persons/${m.personId}`}>
                          {m.givenName} {m.familyName}
                        </Link>
                        {m.minor && (
                          <>
                            {' '}
                            <Badge tone="light">{t('household.minor')}</Badge>
                          </>
                        )}
                      </th>
                      <td>{t(`relationships.${m.relationship}`)}</td>
                      <td>{formatPartialDate(m.birthDate, i18n.language) || '—'}</td>
                      <td>{m.sex ? t(`sexes.${m.sex}`) : '—'}</td>
                    </tr>
                  ) : (
                    <tr key={`hidden-${i}`}>
                      <th scope="row">{t('household.hiddenMember')}</th>
                      <td>{t(`relationships.${m.relationship}`)}</td>
                      <td>—</td>
                      <td>—</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
