// Pure shaping of monitoring results into chart options (no React, no ECharts runtime: unit-tested with node).
import type { ChartOption } from './chart_option';

/** A criterion's column: its number, a short label and the maximum score (003 §App6 7: one point per indicator). */
export interface CriterionHead {
  number: number;
  title: string;
  max: number;
}

/** One municipality's result as the charts need it. */
export interface ScoreRow {
  name: string;
  total: number;
  max: number;
  rank: number;
  /** Points per criterion number. */
  criteria: Record<number, number>;
}

/** The heat map of criteria × municipalities: cell values are the share of the criterion's maximum, in per cent. */
export interface HeatMapData {
  x: string[];
  y: string[];
  /** [x index, y index, per cent 0–100] */
  cells: [number, number, number][];
  /** The points behind each cell, for the tooltip: `${x}:${y}` → "3 из 6". */
  points: Record<string, string>;
}

/** Per cent of a maximum, rounded; 0 when the maximum is 0. */
export function Percent(value: number, max: number): number {
  return max > 0 ? Math.round((value / max) * 100) : 0;
}

/**
 * Criteria × municipality as a heat map. Municipalities go top-down by rank (the best first), so the picture reads
 * like the ranking table; the value is the share of the criterion's maximum, which makes criteria of different
 * sizes comparable (in `amur-2020` criterion 3 has 32 points, criterion 6 has 1).
 */
export function ShapeHeatMap(rows: ScoreRow[], criteria: CriterionHead[]): HeatMapData {
  const ordered = [...rows].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'ru'));
  const x = criteria.map((c) => `${c.number}`);
  // The heat map's y axis runs bottom-up; reverse so the first ranked is on top.
  const y = ordered.map((r) => r.name).reverse();
  const cells: [number, number, number][] = [];
  const points: Record<string, string> = {};
  ordered.forEach((row, i) => {
    const yi = ordered.length - 1 - i;
    criteria.forEach((c, xi) => {
      const got = row.criteria[c.number] ?? 0;
      cells.push([xi, yi, Percent(got, c.max)]);
      points[`${xi}:${yi}`] = `${got} из ${c.max}`;
    });
  });
  return { x, y, cells, points };
}

/** The heat map as an ECharts option. */
export function HeatMapOption(rows: ScoreRow[], criteria: CriterionHead[]): ChartOption {
  const data = ShapeHeatMap(rows, criteria);
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const { value } = p as { value: [number, number, number] };
        const c = criteria[value[0]];
        return `${data.y[value[1]]}<br/>Критерий ${c.number}. ${c.title}<br/>${data.points[`${value[0]}:${value[1]}`]} (${value[2]} %)`;
      },
    },
    grid: { left: 8, right: 16, top: 24, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: data.x.map((n) => `Кр. ${n}`), splitArea: { show: true } },
    yAxis: { type: 'category', data: data.y, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: 100,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: ['100 %', '0 %'],
      inRange: { color: ['#f5222d', '#fadb14', '#52c41a'] },
    },
    series: [{ type: 'heatmap', data: data.cells, label: { show: true, formatter: (p: unknown) => `${(p as { value: number[] }).value[2]}` } }],
  };
}

/** The ranking as horizontal bars, the best on top. */
export function RankingOption(rows: ScoreRow[]): ChartOption {
  const ordered = [...rows].sort((a, b) => b.rank - a.rank || b.name.localeCompare(a.name, 'ru'));
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: 'баллы', max: Math.max(0, ...rows.map((r) => r.max)) || undefined },
    yAxis: { type: 'category', data: ordered.map((r) => `${r.rank}. ${r.name}`) },
    series: [{ type: 'bar', name: 'Итого баллов', data: ordered.map((r) => r.total), label: { show: true, position: 'right' }, itemStyle: { color: '#1677ff' } }],
  };
}

/** One series of the dynamics chart: a name and its value per year (null where there is no result). */
export interface DynamicsLine {
  name: string;
  points: { year: number; value: number | null }[];
}

/** The years of all lines, ascending, without repeats. */
export function YearsOf(lines: DynamicsLine[]): number[] {
  return [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/** Dynamics across years: each line aligned to the common years, gaps where a year has no result. */
export function DynamicsOption(lines: DynamicsLine[], unit: string): ChartOption {
  const years = YearsOf(lines);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: unit },
    series: lines.map((l) => ({
      type: 'line' as const,
      name: l.name,
      connectNulls: false,
      label: { show: true },
      data: years.map((y) => l.points.find((p) => p.year === y)?.value ?? null),
    })),
  };
}

/** A programme target with its actual value (null when not computed for the year). */
export interface TargetBar {
  title: string;
  target: number;
  actual: number | null;
}

/** A label cut to `limit` characters with an ellipsis, for axis labels. */
export function Shorten(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
}

/** Target against actual as paired horizontal bars, in the order of the passport (first on top). */
export function TargetsOption(items: TargetBar[]): ChartOption {
  const ordered = [...items].reverse();
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: ordered.map((t) => Shorten(t.title, 48)) },
    series: [
      { type: 'bar', name: 'Цель', data: ordered.map((t) => t.target), itemStyle: { color: '#bfbfbf' } },
      { type: 'bar', name: 'Факт', data: ordered.map((t) => t.actual), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'right', formatter: '{c} %' } },
    ],
  };
}
