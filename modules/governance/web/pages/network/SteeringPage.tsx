import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, ErrorState, LoadingState, PageHeader, SelectField, useCurrentDistrictId, useFormat } from '../../../../../platform/web';
import { steeringDistrictsQuery, steeringQuery, type SteeringDashboard } from '../../api/network';
import { AttendanceBarChart } from '../../components/network/AttendanceBarChart';
import { MetricsLineChart, MetricsTrendTable } from '../../components/network/MetricsLineChart';
import { MetricsCards } from '../../components/network/MetricsCards';

function Card({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="col-12 col-xl-6">
      <div className="card card-bg shadow-sm h-100">
        <div className="card-body">
          <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
            <h2 id={id} className="h5 card-title mb-0">
              {title}
            </h2>
            {action}
          </div>
          {children}
        </div>
      </div>
    </section>
  );
}

function Dashboard({ data }: { data: SteeringDashboard }) {
  const { t } = useTranslation('governance');
  const { date, dateTime, number } = useFormat();
  const latest = data.metricsTrend.at(-1);
  return (
    <div className="row g-4">
      <Card id="steering-meetings" title={t('network.steering.upcomingMeetings')}>
        {data.upcomingMeetings.length === 0 ? (
          <EmptyState message={t('network.steering.noMeetings')} />
        ) : (
          <ul className="list-unstyled mb-0">
            {data.upcomingMeetings.map((m) => (
              <li key={m.id} className="border-bottom py-2">
                <Link to={`/governance/meetings/${m.id}`}>{m.title}</Link>
                <div className="small">
                  {dateTime(m.startsAt)} · {m.roundtableName}
                  {m.place ? ` · ${m.place}` : ''}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card
        id="steering-overdue"
        title={t('network.steering.overdueItems')}
        action={
          <Link to="/governance/action-items?overdue=true" className="btn btn-sm btn-outline-primary">
            {t('network.steering.allOverdue')}
          </Link>
        }
      >
        {data.overdueActionItems.length === 0 ? (
          <EmptyState message={t('network.steering.noOverdue')} />
        ) : (
          <ul className="list-unstyled mb-0">
            {data.overdueActionItems.map((a) => (
              <li key={a.id} className="border-bottom py-2">
                <span className="fw-semibold">{a.title}</span> <Badge tone="danger">{t('network.steering.daysOverdue', { count: a.daysOverdue })}</Badge>
                <div className="small">
                  {t('network.steering.due', { date: date(a.dueDate) })}
                  {a.ownerOrganizationName ? ` · ${a.ownerOrganizationName}` : ''}
                  {a.roundtableName ? ` · ${a.roundtableName}` : a.agreementId ? ` · ${t('network.steering.agreementObligation')}` : ''}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card
        id="steering-agreements"
        title={t('network.steering.expiringAgreements')}
        action={
          <Link to="/governance/agreements?expiring=true" className="btn btn-sm btn-outline-primary">
            {t('network.steering.allExpiring')}
          </Link>
        }
      >
        {data.expiringAgreements.length === 0 ? (
          <EmptyState message={t('network.steering.noExpiring')} />
        ) : (
          <ul className="list-unstyled mb-0">
            {data.expiringAgreements.map((a) => (
              <li key={a.id} className="border-bottom py-2">
                <Link to={`/governance/agreements/${a.id}`}>{a.title}</Link>{' '}
                {a.expired ? <Badge tone="danger">{t('network.steering.expired')}</Badge> : <Badge tone="warning">{t('network.steering.daysLeft', { count: a.daysLeft })}</Badge>}
                <div className="small">{t('network.steering.validTo', { date: date(a.validTo) })}</div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card id="steering-attendance" title={t('network.steering.attendance')}>
        {data.attendanceRates.length === 0 ? (
          <EmptyState message={t('network.steering.noAttendance')} />
        ) : (
          <>
            <AttendanceBarChart rates={data.attendanceRates} />
            <details>
              <summary>{t('network.steering.attendanceTable')}</summary>
              <table className="table table-sm">
                <caption className="visually-hidden">{t('network.steering.attendanceCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('network.table.organization')}</th>
                    <th scope="col">{t('network.steering.expected')}</th>
                    <th scope="col">{t('network.steering.present')}</th>
                    <th scope="col">{t('network.steering.attendanceRate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.attendanceRates.map((r) => (
                    <tr key={r.organizationId}>
                      <th scope="row">{r.name}</th>
                      <td>{number(r.expected)}</td>
                      <td>{number(r.present)}</td>
                      <td>{number(Math.round(r.rate * 100))}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </Card>

      <section aria-labelledby="steering-trend" className="col-12">
        <div className="card card-bg shadow-sm">
          <div className="card-body">
            <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
              <h2 id="steering-trend" className="h5 card-title mb-0">
                {t('network.steering.trend')}
              </h2>
              <Link to={`/governance/districts/${data.districtId}/graph`} className="btn btn-sm btn-outline-primary">
                {t('network.steering.openGraph')}
              </Link>
            </div>
            {!latest || latest.metrics.organizations === 0 ? (
              <EmptyState message={t('network.graph.empty')} />
            ) : (
              <>
                <MetricsCards metrics={latest.metrics} />
                <MetricsLineChart points={data.metricsTrend} />
                <MetricsTrendTable points={data.metricsTrend} />
              </>
            )}
          </div>
        </div>
      </section>

      {data.slots.map((slot) => (
        <Card key={slot.id} id={`steering-slot-${slot.id}`} title={slot.title}>
          {slot.figures.length === 0 ? (
            <EmptyState />
          ) : (
            <dl className="row mb-0">
              {slot.figures.map((f) => (
                <div key={f.key} className="col-6 col-md-4 mb-3">
                  <dt className="small fw-normal">{f.href ? <Link to={f.href}>{f.label}</Link> : f.label}</dt>
                  <dd className="h4 mb-0">{f.suppressed ? t('network.steering.suppressed') : f.value === null ? '—' : number(f.value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </Card>
      ))}
    </div>
  );
}

/** A district's steering dashboard: the district the user works in, or one chosen. */
export function SteeringPage() {
  const { t } = useTranslation('governance');
  const current = useCurrentDistrictId();
  const [chosen, setChosen] = useState('');
  const districtId = chosen || current || '';
  const districts = useQuery(steeringDistrictsQuery);
  const dashboard = useQuery(steeringQuery(districtId));
  return (
    <>
      <PageHeader title={t('network.steering.title')} lead={dashboard.data?.districtName ?? t('network.steering.lead')} />
      <SelectField
        label={t('network.steering.district')}
        value={districtId}
        onChange={setChosen}
        emptyLabel={t('network.steering.chooseDistrict')}
        options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        className="mb-4"
      />
      {!districtId ? (
        <EmptyState message={t('network.steering.noDistrict')} />
      ) : dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <Dashboard data={dashboard.data} />
      )}
    </>
  );
}
