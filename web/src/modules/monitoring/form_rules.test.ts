import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClaimedPoints, CountStates, EvidenceInput, HasSomethingToSubmit, LinkProblem, SameEvidence, SectionsToOpen, SubmitProblems } from './form_rules.ts';
import type { Answer, AnswerState, Evidence } from './types.ts';

function A(number: string, state: AnswerState, met: boolean | null, evidence: Evidence | null = null, points = 1): Answer {
  return {
    indicator_id: 1,
    number,
    area: '',
    title: '',
    points,
    additional: points > 1,
    state,
    met,
    comment: '',
    evidence,
    review_message: null,
    corrected: false,
    editable: state !== 'submitted' && state !== 'accepted',
    can_review: state === 'submitted',
    score: state === 'accepted' && met ? points : 0,
    updated_at: null,
    proposals: [],
  };
}

const kDoc: Evidence = { kind: 'document', document_id: 7, title: '№ 1 — Положение' };
const kLink: Evidence = { kind: 'link', url: 'https://mo.example.ru/metod' };

test('003 §App6 8: a met indicator about to be submitted needs evidence; locked ones are not checked again', () => {
  const answers = [A('1.1', 'draft', true, kDoc), A('1.2', 'draft', true), A('1.3', 'returned', true), A('1.4', 'accepted', true), A('1.5', 'draft', false)];
  assert.deepEqual(SubmitProblems(answers), [
    'Показатель 1.2: отмечен как выполненный, но не приложено подтверждение',
    'Показатель 1.3: отмечен как выполненный, но не приложено подтверждение',
  ]);
});

test('a form with only submitted and accepted indicators has nothing to submit', () => {
  assert.equal(HasSomethingToSubmit([A('1.1', 'submitted', true), A('1.2', 'accepted', false)]), false);
  assert.equal(HasSomethingToSubmit([A('1.1', 'submitted', true), A('1.2', 'returned', true)]), true);
  // Never-answered indicators are not sent (they stay empty and score 0).
  assert.equal(HasSomethingToSubmit([A('1.1', 'empty', null)]), false);
});

test('003 §App6 7: claimed points count met indicators with their points (the additional 5.2 is worth 2)', () => {
  assert.equal(ClaimedPoints([A('5.1', 'draft', true), A('5.2', 'draft', true, null, 2), A('6.1', 'draft', false)]), 3);
  assert.deepEqual(CountStates([A('1', 'draft', true), A('2', 'returned', true), A('3', 'returned', true)]), { empty: 0, draft: 1, submitted: 0, returned: 2, accepted: 0 });
});

test('links are checked like the server does: http(s) with a site name', () => {
  assert.equal(LinkProblem('https://mo.example.ru/a'), '');
  assert.equal(LinkProblem('http://amiro.ru'), '');
  assert.match(LinkProblem(''), /^Ссылка: укажите адрес/);
  assert.match(LinkProblem('ftp://x.ru'), /^Ссылка: адрес должен начинаться/);
  assert.match(LinkProblem('https://localhost'), /^Ссылка:/);
});

test('evidence identity ignores titles; the body drops them', () => {
  assert.ok(SameEvidence(kDoc, { kind: 'document', document_id: 7 }));
  assert.ok(!SameEvidence(kDoc, kLink));
  assert.deepEqual(EvidenceInput(kDoc), { kind: 'document', document_id: 7 });
  assert.deepEqual(EvidenceInput(kLink), { kind: 'link', url: 'https://mo.example.ru/metod' });
  // An uploaded file keeps its document and attachment when the answer is saved again.
  const file: Evidence = { kind: 'file', document_id: 9, attachment_id: 4, file_name: 'plan.pdf', title: 'plan.pdf' };
  assert.deepEqual(EvidenceInput(file), { kind: 'file', document_id: 9, attachment_id: 4 });
  assert.ok(!SameEvidence(file, { ...file, attachment_id: 5 }));
  assert.ok(SameEvidence(null, null));
  assert.ok(!SameEvidence(kDoc, null));
});

test('the sections with returned indicators open first, else the first criterion', () => {
  const criteria = [
    { number: 1, title: '', score: 0, max_score: 6, indicators: [A('1.1', 'accepted', true)] },
    { number: 2, title: '', score: 0, max_score: 7, indicators: [A('2.1', 'returned', true)] },
  ];
  assert.deepEqual(SectionsToOpen({ criteria }), ['2']);
  criteria[1].indicators[0].state = 'accepted';
  assert.deepEqual(SectionsToOpen({ criteria }), ['1']);
});
