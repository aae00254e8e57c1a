// Client-side wording of a collegial body's rules and of a session's state (SPEC §8). The rules themselves are
// the server's (docs/api/BODIES.md): the page only counts what the user marks before the server confirms it.
import { FormatDate } from '../../shared/dates';
import { Plural } from '../people/person_rules';
import type { DecisionKind, IssueCode, MemberRole, SessionsRule, Vote } from './types';

/** The roles a member can hold, in the order the card lists them (001 §3.8.2, 004 §5.2, 003 §App4 6.13). */
export const kRoleTitles: Record<MemberRole, string> = {
  chair: 'Председатель (руководитель)',
  deputy: 'Заместитель',
  secretary: 'Секретарь',
  curator: 'Куратор',
  member: 'Член',
  advisory: 'С совещательным голосом',
};

/** The kinds of decision an agenda item can ask for. */
export const kDecisionKindTitles: Record<DecisionKind, string> = {
  ordinary: 'Обычное решение',
  election: 'Выборы (председатель, руководитель)',
  composition: 'Состав совета, изменения положения',
  admission: 'Приём в члены',
  exclusion: 'Исключение из членов',
};

/** What each compliance problem is called on the dashboard. */
export const kIssueTitles: Record<IssueCode, string> = {
  missed_sessions: 'Пропущены обязательные заседания',
  below_minimum: 'Состав меньше минимального',
  not_renewed: 'Не обновлено в этом году',
};

/** The levels of methodological structures (SPEC §2). */
export const kLevelTitles: Record<string, string> = {
  regional: 'Региональный',
  municipal: 'Муниципальный',
  institutional: 'Институциональный',
  school: 'Институциональный',
};

/** The quorum as the attendance list stands: reached or not, and how it reads. */
export interface QuorumState {
  reached: boolean;
  text: string;
}

/**
 * The quorum indicator while attendance is being marked. `required` is the server's least number present that
 * makes a quorum (it depends on the number of voting members only, not on who is present), so the page can
 * count locally without waiting for the server.
 */
export function QuorumIndicator(present: number, total: number, required: number): QuorumState {
  if (total <= 0) return { reached: false, text: 'Кворума нет: в составе нет членов с правом голоса' };
  if (present >= required) return { reached: true, text: `Кворум есть: ${present} из ${total}` };
  return { reached: false, text: `Кворума нет: ${present} из ${total}, нужно не менее ${required}` };
}

/** «1 раза», «3 раз»: the genitive after «не реже». */
function Times(n: number): string {
  return `${n} ${Plural(n, 'раза', 'раз', 'раз')}`;
}

/** The period of a sessions rule in words: a quarter, a half-year, a year, three years. */
export function PeriodText(months: number): string {
  switch (months) {
    case 1:
      return 'в месяц';
    case 3:
      return 'в квартал';
    case 6:
      return 'в полугодие';
    case 12:
      return 'в год';
    case 24:
      return 'в два года';
    case 36:
      return 'в три года';
    default:
      return `за ${months} мес.`;
  }
}

/** «не реже 3 раз в год (п. 3.8.10.1)»; no rule reads «не установлено». */
export function SessionsRuleText(rule: SessionsRule | null | undefined): string {
  if (!rule) return 'не установлено';
  const text = `не реже ${Times(rule.count)} ${PeriodText(rule.period_months)}`;
  return rule.section ? `${text} (${SectionText(rule.section)})` : text;
}

/** «не менее 10 членов»; no minimum reads «не установлен». */
export function MinMembersText(min: number | null | undefined): string {
  if (!min) return 'не установлен';
  return `не менее ${min} ${Plural(min, 'члена', 'членов', 'членов')}`;
}

/** A section reference as the UI shows it: «п. 3.8.10.1»; one already worded is kept. */
export function SectionText(section: string): string {
  const trimmed = section.trim();
  if (!trimmed) return '';
  return /^(п\.|§|ст\.|пп\.)/.test(trimmed) || /\s/.test(trimmed) ? trimmed : `п. ${trimmed}`;
}

/** A membership term: «с 01.09.2026», «01.09.2026 — 31.08.2027». */
export function TermText(starts_on: string, ends_on: string | null | undefined): string {
  return ends_on ? `${FormatDate(starts_on)} — ${FormatDate(ends_on)}` : `с ${FormatDate(starts_on)}`;
}

/**
 * A vote that cannot be right whatever the rule says (the server refuses it too, `votes_invalid`,
 * `votes_exceed_present`); an empty string when the numbers are possible. The quorum and the majority are
 * the server's to judge, so that the user reads its message naming the rule.
 */
export function VoteProblem(vote: Partial<Vote>, present: number): string {
  const values = [vote.for, vote.against, vote.abstain];
  if (values.some((v) => v === undefined || v === null || !Number.isInteger(v) || (v as number) < 0)) {
    return 'Укажите число голосов «за», «против» и «воздержались» (целые числа не меньше нуля)';
  }
  const sum = (vote.for ?? 0) + (vote.against ?? 0) + (vote.abstain ?? 0);
  if (sum > present) {
    return `Голосов (${sum}) больше, чем присутствующих членов с правом голоса (${present})`;
  }
  return '';
}

/** How a cast vote reads: «за 5, против 1, воздержались 0». */
export function VoteText(vote: Vote): string {
  return `за ${vote.for}, против ${vote.against}, воздержались ${vote.abstain}`;
}

/** The bars of the compliance chart: each problem with how many bodies have it, in a fixed order. */
export function ComplianceBars(counts: Partial<Record<IssueCode, number>>): { title: string; value: number }[] {
  return (Object.keys(kIssueTitles) as IssueCode[]).map((code) => ({ title: kIssueTitles[code], value: counts[code] ?? 0 }));
}

/** Where a body of a level sits: in a municipality, in an organisation, or in the region as a whole. */
export type PlaceKind = 'municipality' | 'organisation' | 'region';

/** The place a body of the level needs (docs/api/BODIES.md: `place_required`). */
export function PlaceOf(level: string | undefined): PlaceKind {
  if (!level) return 'municipality';
  if (/municip/.test(level)) return 'municipality';
  if (/institution|school|organi[sz]ation/.test(level)) return 'organisation';
  return 'region';
}

/**
 * The section to add after a text, or '' when the text already cites it (the server's explanations often end
 * with «(п. 5.1.5)»): «004 §5.1.5» is cited by a text that contains «5.1.5».
 */
export function SectionSuffix(text: string, section: string): string {
  const ref = SectionText(section);
  if (!ref) return '';
  const number = /(\d+(?:\.\d+)*)\s*$/.exec(section)?.[1];
  if (number && text.includes(number)) return '';
  return ` (${ref})`;
}
