import type { Experience, PersonStatus } from './types';

/** Russian plural form: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export function Plural(n: number, one: string, few: string, many: string): string {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 19) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/** A length of service as «N лет M мес. D дн.»; nothing worked yet reads «0 дн.». */
export function FormatExperience(e: Experience | null | undefined): string {
  if (!e) return '—';
  const parts: string[] = [];
  if (e.years) parts.push(`${e.years} ${Plural(e.years, 'год', 'года', 'лет')}`);
  if (e.months) parts.push(`${e.months} мес.`);
  if (e.days || parts.length === 0) parts.push(`${e.days} дн.`);
  return parts.join(' ');
}

/** The Russian titles of the derived statuses, and the tag colour each is shown in. */
export const kStatusTitles: Record<PersonStatus, { title: string; color: string }> = {
  young_specialist: { title: 'Молодой специалист', color: 'green' },
  young_teacher: { title: 'Молодой педагог', color: 'cyan' },
  attestation_due: { title: 'Аттестация', color: 'orange' },
  pd_due: { title: 'Курсы ПК', color: 'volcano' },
};

/**
 * The server names a field of a nested section as `employments[2].started_on`; an antd form names it as
 * the path ['employments', 2, 'started_on'].
 */
export function FieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [field];
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** «Фамилия Имя Отчество» from the parts, skipping empty ones. */
export function FullName(last: string | null | undefined, first: string | null | undefined, middle?: string | null): string {
  return [last, first, middle].map((p) => (p ?? '').trim()).filter(Boolean).join(' ');
}

/** Problems with an e-mail address, in Russian; empty when it is fine or absent. */
export function EmailProblem(value: string): string {
  const text = value.trim();
  if (!text) return '';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? '' : 'Адрес электронной почты указан неверно';
}

/** Problems with a phone number, in Russian; empty when it is fine or absent. */
export function PhoneProblem(value: string): string {
  const text = value.trim();
  if (!text) return '';
  const digits = text.replace(/\D/g, '');
  if (!/^[\d\s()+\-]+$/.test(text)) return 'Телефон может содержать только цифры, пробелы, скобки, «+» и «-»';
  return digits.length >= 5 && digits.length <= 15 ? '' : 'Телефон должен содержать от 5 до 15 цифр';
}
