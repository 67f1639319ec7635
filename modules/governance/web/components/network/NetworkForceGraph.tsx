import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { GraphChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { GraphEdge, GraphNode } from '../../api/network';
import { EDGE_COLORS, SECTOR_COLORS, SECTORS } from './colors';

echarts.use([GraphChart, TooltipComponent, LegendComponent, CanvasRenderer]);

type Props = { nodes: GraphNode[]; edges: GraphEdge[]; selectedId: string | null; onSelect: (id: string | null) => void };

/**
 * The organisations as a force-directed graph: colour = sector, size = degree, one line per tie kind
 * (referrals with an arrow). The same data is in the table below for screen readers and keyboards.
 */
export function NetworkForceGraph({ nodes, edges, selectedId, onSelect }: Props) {
  const { t } = useTranslation('governance');
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const categories = SECTORS.map((s) => ({ name: t(`network.sectors.${s}`), itemStyle: { color: SECTOR_COLORS[s] } }));
    chart.setOption({
      aria: { enabled: false },
      animation: false,
      tooltip: {
        formatter: (p: { dataType: string; data: { name?: string; label?: string; kindLabel?: string; weight?: number } }) =>
          p.dataType === 'node' ? p.data.name : `${p.data.kindLabel ?? ''}: ${p.data.weight ?? ''}`,
      },
      legend: [{ data: categories.map((c) => c.name), top: 0 }],
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          categories,
          force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08 },
          label: { show: true, position: 'right', fontSize: 11, formatter: (p: { data: { shortName: string } }) => p.data.shortName },
          emphasis: { focus: 'adjacency' },
          edgeSymbol: ['none', 'none'],
          data: nodes.map((n) => ({
            id: n.id,
            name: n.name,
            shortName: n.name.length > 28 ? `${n.name.slice(0, 26)}…` : n.name,
            category: Math.max(0, SECTORS.indexOf(n.sector)),
            symbolSize: 12 + n.degree * 4,
          })),
          links: edges.map((e) => ({
            source: e.source,
            target: e.target,
            weight: e.weight,
            kindLabel: t(`network.kinds.${e.kind}`),
            symbol: e.directed ? ['none', 'arrow'] : ['none', 'none'],
            lineStyle: { color: EDGE_COLORS[e.kind], width: Math.min(1 + Math.log2(1 + e.weight), 6), opacity: 0.7, curveness: e.kind === 'referral' ? 0.2 : e.kind === 'membership' ? 0 : 0.08 },
          })),
        },
      ],
    });
    chart.on('click', (p) => {
      const params = p as { dataType?: string; data?: { id?: string } };
      if (params.dataType === 'node' && params.data?.id) onSelectRef.current(params.data.id);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chartRef.current = null;
      chart.dispose();
    };
  }, [nodes, edges, t]);
  // The chosen organisation and its ties stay highlighted (without laying the graph out again).
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    const index = nodes.findIndex((n) => n.id === selectedId);
    if (index >= 0) chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: index });
  }, [nodes, edges, selectedId]);
  return <div ref={ref} role="img" aria-label={t('network.graph.chartLabel', { count: nodes.length })} style={{ width: '100%', height: 520 }} />;
}
