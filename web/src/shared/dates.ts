import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.locale('ru');

/** The format every date is shown in. */
export const kDateFormat = 'DD.MM.YYYY';

/** `YYYY-MM-DD` (or a timestamp) as ДД.ММ.ГГГГ; an empty value as a dash. */
export function FormatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // A plain date has no time zone: reformat the text instead of letting the local zone shift the day.
  if (match) return `${match[3]}.${match[2]}.${match[1]}`;
  const parsed = dayjs.utc(value);
  return parsed.isValid() ? parsed.local().format(kDateFormat) : value;
}

/** A UTC timestamp as local ДД.ММ.ГГГГ ЧЧ:ММ:СС. */
export function FormatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const parsed = dayjs.utc(value);
  return parsed.isValid() ? parsed.local().format(`${kDateFormat} HH:mm:ss`) : value;
}

/** A dayjs date as the API's `YYYY-MM-DD`. */
export function ToIsoDate(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}
