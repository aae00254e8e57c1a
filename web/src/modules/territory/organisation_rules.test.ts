import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EmailProblem, InnProblem, PhoneProblem } from './organisation_rules.ts';

test('INN: empty is allowed, wrong length and wrong check digit are named', () => {
  assert.equal(InnProblem(''), '');
  assert.equal(InnProblem(null), '');
  assert.equal(InnProblem('7707083893'), '');
  assert.equal(InnProblem('12345'), 'ИНН организации должен состоять из 10 цифр');
  assert.equal(InnProblem('77070838931'), 'ИНН организации должен состоять из 10 цифр');
  assert.equal(InnProblem('77070838a3'), 'ИНН организации должен состоять из 10 цифр');
  assert.equal(InnProblem('7707083894'), 'ИНН не проходит проверку контрольной цифры');
});

test('e-mail: shape as the server checks it', () => {
  assert.equal(EmailProblem('school1@obr.ru'), '');
  assert.equal(EmailProblem(''), '');
  assert.notEqual(EmailProblem('school1obr.ru'), '');
  assert.notEqual(EmailProblem('a@b@c.ru'), '');
  assert.notEqual(EmailProblem('a@obr.'), '');
  assert.notEqual(EmailProblem('a@.ru'), '');
  assert.notEqual(EmailProblem('a b@obr.ru'), '');
});

test('phone: digits and punctuation only, 5 to 30 digits', () => {
  assert.equal(PhoneProblem('+7 (3822) 12-34-56'), '');
  assert.notEqual(PhoneProblem('1234'), '');
  assert.notEqual(PhoneProblem('звоните'), '');
});
