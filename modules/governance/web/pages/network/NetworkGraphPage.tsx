import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField, EmptyState, ErrorState, LoadingState, PageHeader, SelectField, TextField, todayIso, useFormat } from '../../../../../platform/web';
import type { NetworkEdgeKind } from '../../../contract';
import { networkGraphQuery, networkMetricsQuery, type GraphScopeKind, type MetricsStep } from '../../api/network';
import { EDGE_COLORS, EDGE_KINDS } from '../../components/network/colors';
import { GraphTable } from '../../components/network/GraphTable';
import { MetricsCards } from '../../components/network/MetricsCards';
import { MetricsLineChart, MetricsTrendTable } from '../../components/network/MetricsLineChart';
import { NetworkForceGraph } from '../../components/network/NetworkForceGraph';
import { TiesPanel } from '../../components/network/TiesPanel';

/** The network measured: the graph at a date, its metrics, and their change over time. */
function GraphPage({ scope }: { scope: GraphScopeKind }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const { id = '' } = useParams();
  const [at, setAt] = useState(todayIso());
  const [kinds, setKinds] = useState<Record<NetworkEdgeKind, boolean>>({ membership: true, coattendance: true, agreement: true, referral: true });
  const [selected, setSelected] = useState<string | null>(null);
  const [step, setStep] = useState<MetricsStep>('quarter');
  const [view, setView] = useState<'graph' | 'table'>('graph');
  const graph = useQuery(networkGraphQuery(scope, id, at));
  const series = useQuery(networkMetricsQuery(scope, id, step));
  const edges = useMemo(() => (graph.data?.edges ?? []).filter((e) => kinds[e.kind]), [graph.data, kinds]);
  const nodes = graph.data?.nodes ?? [];
  const crumbs =
    scope === 'networks'
      ? [
          { label: t('tables.list.title'), to: '/governance' },
          { label: t('tables.networks.title'), to: '/governance/networks' },
          { label: graph.data?.scope.name ?? '…', to: `/governance/networks/${id}` },
        ]
      : [{ label: t('network.steering.title'), to: '/governance/steering' }];
  const title = t('network.graph.title', { name: graph.data?.scope.name ?? '' });

  if (graph.isPending) return <LoadingState />;
  if (graph.isError)
    return (
      <>
        <PageHeader title={t('network.graph.titleShort')} breadcrumbs={crumbs} />
        <ErrorState error={graph.error} onRetry={() => void graph.refetch()} />
      </>
    );
  const selectedNode = nodes.find((n) => n.id === selected) ?? null;
  return (
    <>
      <PageHeader title={title} breadcrumbs={crumbs} lead={t('network.graph.lead')} />
      <form className="d-flex flex-wrap align-items-end gap-4 mb-3" onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('network.graph.at')} type="date" value={at} onChange={(v) => setAt(v || todayIso())} className="mb-0" />
        <fieldset className="d-flex flex-wrap gap-3">
          <legend className="small fw-semibold mb-1">{t('network.graph.kindsLegend')}</legend>
          {EDGE_KINDS.map((k) => (
            <span key={k} className="d-inline-flex align-items-center gap-1">
              <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 4, background: EDGE_COLORS[k] }} />
              <CheckboxField label={t(`network.kinds.${k}`)} checked={kinds[k]} onChange={(checked) => setKinds((prev) => ({ ...prev, [k]: checked }))} className="mb-0" />
            </span>
          ))}
        </fieldset>
        <div className="btn-group" role="group" aria-label={t('network.graph.viewLabel')}>
          <button type="button" className={`btn btn-sm ${view === 'graph' ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
            {t('network.graph.viewGraph')}
          </button>
          <button type="button" className={`btn btn-sm ${view === 'table' ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('network.graph.viewTable')}
          </button>
        </div>
      </form>

      <h2 className="h4">{t('network.metrics.title', { date: date(graph.data.at) })}</h2>
      <MetricsCards metrics={graph.data.metrics} />
      <p className="small text-muted">{t('network.metrics.note')}</p>

      {nodes.length === 0 ? (
        <EmptyState message={t('network.graph.empty')} />
      ) : (
        <div className="row g-3 mb-4">
          <div className={selectedNode ? 'col-lg-8' : 'col-12'}>
            {view === 'graph' ? (
              <>
                <NetworkForceGraph nodes={nodes} edges={edges} selectedId={selected} onSelect={setSelected} />
                <p className="small text-muted">{t('network.graph.hint')}</p>
              </>
            ) : (
              <GraphTable nodes={nodes} edges={edges} onSelect={setSelected} />
            )}
          </div>
          {selectedNode && (
            <div className="col-lg-4">
              <TiesPanel node={selectedNode} nodes={nodes} edges={edges} onClose={() => setSelected(null)} />
            </div>
          )}
        </div>
      )}
      {view === 'graph' && nodes.length > 0 && (
        <details className="mb-4">
          <summary>{t('network.graph.tableAlternative')}</summary>
          <GraphTable nodes={nodes} edges={edges} onSelect={setSelected} />
        </details>
      )}

      <section aria-labelledby="trend-title">
        <div className="d-flex flex-wrap justify-content-between align-items-end gap-2">
          <h2 id="trend-title" className="h4">
            {t('network.trend.title')}
          </h2>
          <SelectField
            label={t('network.trend.step')}
            value={step}
            onChange={(v) => setStep(v as MetricsStep)}
            options={(['month', 'quarter', 'year'] as const).map((s) => ({ value: s, label: t(`network.trend.steps.${s}`) }))}
            className="mb-0"
          />
        </div>
        {series.isPending ? (
          <LoadingState />
        ) : series.isError ? (
          <ErrorState error={series.error} onRetry={() => void series.refetch()} />
        ) : series.data.points.length === 0 ? (
          <EmptyState message={t('network.trend.empty')} />
        ) : (
          <>
            <MetricsLineChart points={series.data.points} />
            <MetricsTrendTable points={series.data.points} />
            {series.data.change && (
              <p>
                {t('network.trend.change', {
                  organizations: series.data.change.organizations,
                  ties: series.data.change.ties,
                  joined: series.data.change.joined.length,
                  left: series.data.change.left.length,
                })}
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}

export function NetworkGraphPage() {
  return <GraphPage scope="networks" />;
}

export function DistrictGraphPage() {
  return <GraphPage scope="districts" />;
}
