import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ComplianceBars,
  MinMembersText,
  PlaceOf,
  PeriodText,
  QuorumIndicator,
  SectionSuffix,
  SectionText,
  SessionsRuleText,
  TermText,
  VoteProblem,
  VoteText,
} from './body_rules.ts';

test('001 §3.8.10.1: the quorum indicator counts the marked members against the required number', () => {
  // A council of 10 with «не менее половины»: 5 present is a quorum, 4 is not.
  assert.deepEqual(QuorumIndicator(6, 10, 5), { reached: true, text: 'Кворум есть: 6 из 10' });
  assert.deepEqual(QuorumIndicator(5, 10, 5), { reached: true, text: 'Кворум есть: 5 из 10' });
  assert.deepEqual(QuorumIndicator(4, 10, 5), { reached: false, text: 'Кворума нет: 4 из 10, нужно не менее 5' });
});

test('004 §5.1.5: more than half of a union of 4 needs 3 present', () => {
  assert.equal(QuorumIndicator(2, 4, 3).reached, false);
  assert.equal(QuorumIndicator(3, 4, 3).reached, true);
});

test('a body without voting members never has a quorum', () => {
  assert.equal(QuorumIndicator(0, 0, 0).reached, false);
  assert.match(QuorumIndicator(0, 0, 0).text, /^Кворума нет/);
});

test('sessions rules read in Russian with their section', () => {
  assert.equal(SessionsRuleText({ count: 3, period_months: 12, section: '3.8.10.1' }), 'не реже 3 раз в год (п. 3.8.10.1)');
  assert.equal(SessionsRuleText({ count: 1, period_months: 3, section: '' }), 'не реже 1 раза в квартал');
  assert.equal(SessionsRuleText({ count: 1, period_months: 36, section: '§App3 3.9' }), 'не реже 1 раза в три года (§App3 3.9)');
  assert.equal(SessionsRuleText(null), 'не установлено');
  assert.equal(PeriodText(6), 'в полугодие');
  assert.equal(PeriodText(5), 'за 5 мес.');
});

test('minimum size and sections', () => {
  assert.equal(MinMembersText(10), 'не менее 10 членов');
  assert.equal(MinMembersText(3), 'не менее 3 членов');
  assert.equal(MinMembersText(21), 'не менее 21 члена');
  assert.equal(MinMembersText(null), 'не установлен');
  assert.equal(SectionText('3.8.5'), 'п. 3.8.5');
  assert.equal(SectionText('п. 5.2'), 'п. 5.2');
  assert.equal(SectionText(''), '');
});

test('terms of membership', () => {
  assert.equal(TermText('2026-09-01', null), 'с 01.09.2026');
  assert.equal(TermText('2026-09-01', '2027-08-31'), '01.09.2026 — 31.08.2027');
});

test('a vote with more voices than members present, or a missing number, is caught before sending', () => {
  assert.equal(VoteProblem({ for: 3, against: 1, abstain: 0 }, 4), '');
  assert.equal(VoteProblem({ for: 0, against: 0, abstain: 0 }, 0), '');
  assert.match(VoteProblem({ for: 4, against: 1, abstain: 0 }, 4), /Голосов \(5\) больше, чем присутствующих .* \(4\)/);
  assert.notEqual(VoteProblem({ for: 3, against: undefined, abstain: 0 }, 4), '');
  assert.notEqual(VoteProblem({ for: -1, against: 0, abstain: 0 }, 4), '');
  assert.notEqual(VoteProblem({ for: 1.5, against: 0, abstain: 0 }, 4), '');
  assert.equal(VoteText({ for: 5, against: 1, abstain: 0 }), 'за 5, против 1, воздержались 0');
});

test('the compliance chart lists every problem in a fixed order, missing counts as zero', () => {
  assert.deepEqual(ComplianceBars({ below_minimum: 2 }), [
    { title: 'Пропущены обязательные заседания', value: 0 },
    { title: 'Состав меньше минимального', value: 2 },
    { title: 'Не обновлено в этом году', value: 0 },
  ]);
});

test('the level of a body decides which place the create form asks for', () => {
  assert.equal(PlaceOf('municipal'), 'municipality');
  assert.equal(PlaceOf('institutional'), 'organisation');
  assert.equal(PlaceOf('school'), 'organisation');
  assert.equal(PlaceOf('regional'), 'region');
});

test('a section is not repeated after a text that already cites it', () => {
  assert.equal(SectionSuffix('более половины членов', '004 §5.1.5'), ' (004 §5.1.5)');
  assert.equal(SectionSuffix('не проведены заседания (п. 5.1.5): 0 из 1', '004 §5.1.5'), '');
  assert.equal(SectionSuffix('не менее половины', '3.8.10.1'), ' (п. 3.8.10.1)');
  assert.equal(SectionSuffix('текст', ''), '');
});
