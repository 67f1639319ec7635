import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useFormat } from '../../../../../platform/web';
import type { MetricsSummary } from '../../api/network';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const SHARES = ['density', 'referralReciprocity', 'thirdSectorShare'] as const;

/** The ratios over time (in %); the table next to it carries the same figures. */
export function MetricsLineChart({ points }: { points: { at: string; metrics: MetricsSummary }[] }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      animation: false,
      color: ['#0066cc', '#cc334d', '#00875a'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: points.map((p) => date(p.at)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: SHARES.map((k) => ({
        type: 'line',
        name: t(`network.metrics.${k}`),
        connectNulls: false,
        data: points.map((p) => (p.metrics[k] === null ? null : Math.round(p.metrics[k]! * 1000) / 10)),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points, t, date]);
  return <div ref={ref} role="img" aria-label={t('network.trend.chartLabel')} style={{ width: '100%', height: 280 }} />;
}

/** The same series as a table. */
export function MetricsTrendTable({ points }: { points: { at: string; metrics: MetricsSummary }[] }) {
  const { t } = useTranslation('governance');
  const { date, number } = useFormat();
  const pct = (v: number | null) => (v === null ? '—' : `${number(Math.round(v * 100))}%`);
  return (
    <div className="table-responsive">
      <table className="table table-sm">
        <caption>{t('network.trend.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.trend.at')}</th>
            <th scope="col">{t('network.metrics.organizations')}</th>
            <th scope="col">{t('network.metrics.ties')}</th>
            <th scope="col">{t('network.metrics.density')}</th>
            <th scope="col">{t('network.metrics.averageDegree')}</th>
            <th scope="col">{t('network.metrics.referralReciprocity')}</th>
            <th scope="col">{t('network.metrics.thirdSectorShare')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.at}>
              <th scope="row">{date(p.at)}</th>
              <td>{number(p.metrics.organizations)}</td>
              <td>{number(p.metrics.ties)}</td>
              <td>{pct(p.metrics.density)}</td>
              <td>{number(Math.round(p.metrics.averageDegree * 10) / 10)}</td>
              <td>{pct(p.metrics.referralReciprocity)}</td>
              <td>{pct(p.metrics.thirdSectorShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
