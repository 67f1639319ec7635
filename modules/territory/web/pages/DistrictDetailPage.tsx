import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, PageHeader, TextField, todayIso, useFormat } from '../../../../platform/web';
import { districtQuery } from '../api';
import { CompositionEditor } from '../components/CompositionEditor';
import { DistrictRolesSection } from '../components/DistrictRolesSection';
import { DistrictMapSection } from '../components/DistrictMapSection';
import { TerritoryNav } from '../components/TerritoryNav';

export function DistrictDetailPage() {
  const { t } = useTranslation('territory');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { date: formatDate, number } = useFormat();
  const location = useLocation();
  const notice = (location.state as { created?: boolean; saved?: boolean } | null) ?? {};
  const [editing, setEditing] = useState(false);
  const [compositionSaved, setCompositionSaved] = useState<string | null>(null);
  const date = params.get('date') || todayIso();
  const district = useQuery(districtQuery(id, date));
  const crumbs = [{ label: t('districts.title'), to: '/territory/districts' }];

  if (district.isPending) return <LoadingState />;
  if (district.isError)
    return (
      <>
        <PageHeader title={t('districts.detailTitle')} breadcrumbs={crumbs} />
        <ErrorState error={district.error} onRetry={() => void district.refetch()} />
      </>
    );
  const d = district.data;

  return (
    <>
      <PageHeader
        title={d.name}
        breadcrumbs={crumbs}
        lead={`${t(`districtKinds.${d.kind}`)} · ${t('fields.code')} ${d.code}`}
        actions={
          d.abilities.update ? (
            <Link to={`/territory/districts/${d.id}/edit`} className="btn btn-outline-primary">
              {t('districtForm.edit')}
            </Link>
          ) : undefined
        }
      />
      <TerritoryNav />
      {notice.created && <div className="alert alert-success">{t('districtForm.created')}</div>}
      {notice.saved && <div className="alert alert-success">{t('districtForm.saved')}</div>}
      {d.description && <p>{d.description}</p>}
      <dl className="row">
        <dt className="col-sm-4 col-lg-3">{t('fields.kind')}</dt>
        <dd className="col-sm-8 col-lg-9">{t(`districtKinds.${d.kind}`)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('fields.municipalityCount')}</dt>
        <dd className="col-sm-8 col-lg-9">{number(d.municipalityCount)}</dd>
      </dl>
      <div className="row">
        <div className="col-12 col-md-6 col-lg-3">
          <TextField
            label={t('fields.compositionDate')}
            hint={t('districts.dateHint')}
            type="date"
            value={date}
            onChange={(value) =>
              setParams((p) => {
                const next = new URLSearchParams(p);
                if (value) next.set('date', value);
                else next.delete('date');
                return next;
              })
            }
          />
        </div>
      </div>
      {d.abilities.update && (
        <section aria-labelledby="composition-title" className="mb-4">
          <h2 id="composition-title" className="h4">
            {t('composition.title')}
          </h2>
          {compositionSaved && (
            <div className="alert alert-success" role="status">
              {t('composition.saved', { date: formatDate(compositionSaved) })}
            </div>
          )}
          {editing ? (
            <CompositionEditor
              key={`${d.id}-${d.date}`}
              district={d}
              onCancel={() => setEditing(false)}
              onSaved={(validFrom) => {
                setEditing(false);
                setCompositionSaved(validFrom);
                setParams((p) => {
                  const next = new URLSearchParams(p);
                  next.set('date', validFrom);
                  return next;
                });
              }}
            />
          ) : (
            <button
              type="button"
              className="btn btn-outline-primary"
              onClick={() => {
                setCompositionSaved(null);
                setEditing(true);
              }}
            >
              {t('composition.change')}
            </button>
          )}
        </section>
      )}
      <DistrictMapSection district={d} date={date} />
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="h4">
          {t('districts.historyTitle')}
        </h2>
        {d.history.length === 0 ? (
          <p>{t('districts.noHistory')}</p>
        ) : (
          <div className="table-responsive">
            <table className="table table-sm">
              <caption className="visually-hidden">{t('districts.historyCaption', { name: d.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.istatCode')}</th>
                  <th scope="col">{t('fields.validFrom')}</th>
                  <th scope="col">{t('fields.validTo')}</th>
                </tr>
              </thead>
              <tbody>
                {d.history.map((h) => (
                  <tr key={`${h.municipalityId}-${h.validFrom}`}>
                    <th scope="row">{h.name}</th>
                    <td>
                      <code className="text-dark">{h.istatCode}</code>
                    </td>
                    <td>{formatDate(h.validFrom)}</td>
                    <td>{h.validTo ? formatDate(h.validTo) : t('districts.current')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {d.abilities.manageCoordinators && <DistrictRolesSection districtId={d.id} districtName={d.name} />}
    </>
  );
}
