import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { ComplianceBars } from './body_rules';
import type { IssueCode } from './types';

// Only the parts the chart uses, so that the bundle stays small.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** How many bodies have each kind of compliance problem, as horizontal bars. */
export function ComplianceChart({ counts }: { counts: Partial<Record<IssueCode, number>> }) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const bars = ComplianceBars(counts);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.title) },
      series: [
        {
          type: 'bar',
          name: 'Органов',
          data: bars.map((b) => b.value),
          itemStyle: { color: '#d46b08' },
          label: { show: true, position: 'right' },
          barMaxWidth: 28,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [counts]);

  return <div ref={element} className="bodies-chart" role="img" aria-label="Число органов с нарушениями по видам нарушений" />;
}
