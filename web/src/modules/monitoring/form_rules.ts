// Pure rules of the monitoring form (no React): state titles, progress counts, checks before submitting.
import type { Answer, AnswerState, Evidence, Form, FormStatus, RecommendationStatus } from './types';

/** Titles and tag colours of an indicator's review state (MONITORING.md «Review states»). */
export const kAnswerStates: Record<AnswerState, { title: string; color: string }> = {
  empty: { title: 'Не заполнен', color: 'default' },
  draft: { title: 'Черновик', color: 'gold' },
  submitted: { title: 'На проверке', color: 'blue' },
  returned: { title: 'Возвращён', color: 'red' },
  accepted: { title: 'Принят', color: 'green' },
};

/** Titles and tag colours of a form's derived status. */
export const kFormStatuses: Record<FormStatus, { title: string; color: string }> = {
  not_started: { title: 'Не начата', color: 'default' },
  draft: { title: 'Заполняется', color: 'gold' },
  submitted: { title: 'На проверке', color: 'blue' },
  returned: { title: 'Есть возвращённые', color: 'red' },
  accepted: { title: 'Принята', color: 'green' },
};

/** Follow-up statuses of a recommendation. */
export const kRecommendationStatuses: Record<RecommendationStatus, { title: string; color: string }> = {
  new: { title: 'Новая', color: 'default' },
  in_progress: { title: 'В работе', color: 'blue' },
  done: { title: 'Выполнена', color: 'green' },
};

/** Every indicator of a form in catalogue order. */
export function AnswersOf(form: Pick<Form, 'criteria'>): Answer[] {
  return form.criteria.flatMap((c) => c.indicators);
}

/** How many indicators are in each state. */
export function CountStates(answers: Pick<Answer, 'state'>[]): Record<AnswerState, number> {
  const counts: Record<AnswerState, number> = { empty: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 };
  for (const a of answers) counts[a.state] += 1;
  return counts;
}

/** The points a criterion's answers claim: met indicators, whatever their review state. */
export function ClaimedPoints(answers: Pick<Answer, 'met' | 'points'>[]): number {
  return answers.reduce((sum, a) => sum + (a.met ? a.points : 0), 0);
}

/**
 * What stops a submit, checked before asking the server (it answers the same with 422 `evidence_required`):
 * a met indicator without evidence. Only the indicators the submit sends (drafts and returned ones) count.
 */
export function SubmitProblems(answers: Pick<Answer, 'number' | 'state' | 'met' | 'evidence'>[]): string[] {
  return answers
    .filter((a) => (a.state === 'draft' || a.state === 'returned') && a.met === true && !a.evidence)
    .map((a) => `Показатель ${a.number}: отмечен как выполненный, но не приложено подтверждение`);
}

/**
 * Whether the submit would send anything (the server answers 409 `nothing_to_submit` otherwise): drafts and
 * returned indicators; never-answered ones stay empty and score 0.
 */
export function HasSomethingToSubmit(answers: Pick<Answer, 'state'>[]): boolean {
  return answers.some((a) => a.state === 'draft' || a.state === 'returned');
}

/** The Russian problem of a link, or '' when it is a usable http(s) address. */
export function LinkProblem(url: string): string {
  const text = url.trim();
  if (!text) return 'Ссылка: укажите адрес';
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text)) return 'Ссылка: адрес должен начинаться с http:// или https:// и содержать имя сайта';
  return '';
}

/** A line that names one piece of evidence. */
export function EvidenceText(e: Evidence): string {
  if (e.kind === 'document') return e.title || `Документ № ${e.document_id}`;
  if (e.kind === 'file') return e.file_name || e.title || `Файл документа № ${e.document_id}`;
  if (e.kind === 'link') return e.title || e.url;
  return e.title || `${e.object_type} № ${e.object_id}`;
}

/** Whether two pieces of evidence point at the same thing (a confirmed proposal is already in the answer). */
export function SameEvidence(a: Evidence | null, b: Evidence | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'file' && b.kind === 'file') return a.document_id === b.document_id && a.attachment_id === b.attachment_id;
  if (a.kind === 'document' && b.kind === 'document') return a.document_id === b.document_id;
  if (a.kind === 'link' && b.kind === 'link') return a.url === b.url;
  if (a.kind === 'object' && b.kind === 'object') return a.object_type === b.object_type && a.object_id === b.object_id;
  return false;
}

/** Evidence as the answer's body expects it (titles are the server's, not sent back). */
export function EvidenceInput(e: Evidence) {
  if (e.kind === 'document') return { kind: 'document' as const, document_id: e.document_id };
  if (e.kind === 'file') return { kind: 'file' as const, document_id: e.document_id, attachment_id: e.attachment_id };
  if (e.kind === 'link') return { kind: 'link' as const, url: e.url };
  return { kind: 'object' as const, object_type: e.object_type, object_id: e.object_id };
}

/** The criteria sections to open first: those with a returned indicator, else the first one. */
export function SectionsToOpen(form: Pick<Form, 'criteria'>): string[] {
  const returned = form.criteria.filter((c) => c.indicators.some((a) => a.state === 'returned')).map((c) => String(c.number));
  if (returned.length) return returned;
  return form.criteria.length ? [String(form.criteria[0].number)] : [];
}
