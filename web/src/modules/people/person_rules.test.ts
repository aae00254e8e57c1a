import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EmailProblem, FieldPath, FormatExperience, FullName, PhoneProblem, Plural } from './person_rules.ts';

test('experience reads as years, months and days with Russian plurals', () => {
  assert.equal(FormatExperience({ years: 5, months: 2, days: 3 }), '5 лет 2 мес. 3 дн.');
  assert.equal(FormatExperience({ years: 1, months: 0, days: 0 }), '1 год');
  assert.equal(FormatExperience({ years: 22, months: 11, days: 0 }), '22 года 11 мес.');
  assert.equal(FormatExperience({ years: 0, months: 0, days: 0 }), '0 дн.');
  assert.equal(FormatExperience(null), '—');
});

test('plural forms follow the last two digits', () => {
  assert.equal(Plural(11, 'год', 'года', 'лет'), 'лет');
  assert.equal(Plural(21, 'год', 'года', 'лет'), 'год');
  assert.equal(Plural(104, 'год', 'года', 'лет'), 'года');
});

test('a server field name becomes an antd form path', () => {
  assert.deepEqual(FieldPath('employments[2].started_on'), ['employments', 2, 'started_on']);
  assert.deepEqual(FieldPath('last_name'), ['last_name']);
  assert.deepEqual(FieldPath('employments[0].subjects[1]'), ['employments', 0, 'subjects', 1]);
});

test('full name skips missing parts', () => {
  assert.equal(FullName('Иванова', 'Анна', null), 'Иванова Анна');
  assert.equal(FullName(' Иванова ', 'Анна', 'Петровна'), 'Иванова Анна Петровна');
});

test('contacts are checked in Russian', () => {
  assert.equal(EmailProblem(''), '');
  assert.notEqual(EmailProblem('ivanova@'), '');
  assert.equal(PhoneProblem('+7 (4162) 12-34-56'), '');
  assert.notEqual(PhoneProblem('звоните'), '');
});
