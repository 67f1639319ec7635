import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { SteeringDashboard } from '../../api/network';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Rate = SteeringDashboard['attendanceRates'][number];

/** Attendance rate per organisation (present or delegated over expected), lowest first; the table below has the counts. */
export function AttendanceBarChart({ rates }: { rates: Rate[] }) {
  const { t } = useTranslation('governance');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      animation: false,
      color: ['#0066cc'],
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: rates.map((r) => (r.name.length > 32 ? `${r.name.slice(0, 30)}…` : r.name)) },
      series: [{ type: 'bar', name: t('network.steering.attendanceRate'), data: rates.map((r) => Math.round(r.rate * 100)) }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rates, t]);
  return <div ref={ref} role="img" aria-label={t('network.steering.attendanceChartLabel')} style={{ width: '100%', height: Math.max(160, 36 * rates.length + 40) }} />;
}
