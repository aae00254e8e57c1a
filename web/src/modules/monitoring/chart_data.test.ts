import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DynamicsOption, Percent, RankingOption, ShapeHeatMap, YearsOf, type CriterionHead, type ScoreRow } from './chart_data.ts';

const kCriteria: CriterionHead[] = [
  { number: 1, title: 'Соответствие содержания', max: 6 },
  { number: 5, title: 'Управленческие решения', max: 3 },
];

const kRows: ScoreRow[] = [
  { name: 'г. Белогорск', total: 2, max: 9, rank: 2, criteria: { 1: 2 } },
  { name: 'г. Благовещенск', total: 6, max: 9, rank: 1, criteria: { 1: 3, 5: 3 } },
  { name: 'Зейский округ', total: 2, max: 9, rank: 2, criteria: { 1: 1, 5: 1 } },
];

test('003 §App6 7: a heat-map cell is the share of the criterion maximum, a missing criterion counts as zero', () => {
  const map = ShapeHeatMap(kRows, kCriteria);
  assert.deepEqual(map.x, ['1', '5']);
  // The best ranked is on top: the y axis runs bottom-up, ties keep alphabetical order.
  assert.deepEqual(map.y, ['Зейский округ', 'г. Белогорск', 'г. Благовещенск']);
  const cell = (name: string, criterion: number) => {
    const yi = map.y.indexOf(name);
    const xi = map.x.indexOf(String(criterion));
    return map.cells.find((c) => c[0] === xi && c[1] === yi)?.[2];
  };
  assert.equal(cell('г. Благовещенск', 1), 50);
  assert.equal(cell('г. Благовещенск', 5), 100);
  assert.equal(cell('г. Белогорск', 5), 0);
  assert.equal(cell('Зейский округ', 5), 33);
  assert.equal(map.cells.length, 6);
  assert.equal(map.points[`${map.x.indexOf('1')}:${map.y.indexOf('г. Белогорск')}`], '2 из 6');
});

test('per cent of a zero maximum is zero, not NaN', () => {
  assert.equal(Percent(0, 0), 0);
  assert.equal(Percent(2, 3), 67);
});

test('the ranking chart puts the first rank on top (bars are drawn bottom-up)', () => {
  const option = RankingOption(kRows) as { yAxis: { data: string[] }; series: { data: number[] }[] };
  assert.deepEqual(option.yAxis.data, ['2. Зейский округ', '2. г. Белогорск', '1. г. Благовещенск']);
  assert.deepEqual(option.series[0].data, [2, 2, 6]);
});

test('dynamics align every line to the common years with gaps where a year has no result', () => {
  const lines = [
    { name: 'г. Благовещенск', points: [{ year: 2026, value: 30 }, { year: 2024, value: 20 }] },
    { name: 'Амурская область', points: [{ year: 2025, value: 22.5 }, { year: 2026, value: 25 }] },
  ];
  assert.deepEqual(YearsOf(lines), [2024, 2025, 2026]);
  const option = DynamicsOption(lines, 'баллы') as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
  assert.deepEqual(option.xAxis.data, ['2024', '2025', '2026']);
  assert.deepEqual(option.series[0].data, [20, null, 30]);
  assert.deepEqual(option.series[1].data, [null, 22.5, 25]);
});
