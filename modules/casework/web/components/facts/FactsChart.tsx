import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { FactsResponse } from '../../api/facts';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Props = { facts: FactsResponse; measures: string[]; label: (key: string) => string };

/** Bars per group for the chosen measures; withheld cells are drawn as gaps. The table below carries the same data. */
export function FactsChart({ facts, measures, label }: Props) {
  const { t } = useTranslation('casework');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      animation: false,
      color: ['#0066cc', '#00875a', '#a66300', '#5c2d91', '#cc334d', '#17324d'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: facts.rows.map((r) => label(r.key)), axisLabel: { interval: 0, rotate: facts.rows.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: measures.map((m) => ({
        type: 'bar',
        name: t(`facts.measures.${m}`),
        data: facts.rows.map((r) => {
          const cell = r.values[m];
          return cell && !cell.suppressed ? cell.value : null;
        }),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [facts, measures, label, t]);
  return <div ref={ref} role="img" aria-label={t('facts.chartLabel', { by: t(`facts.by.${facts.by}`) })} style={{ width: '100%', height: 360 }} />;
}
