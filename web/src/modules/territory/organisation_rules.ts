// Client-side mirror of the server's organisation checks (modules/territory/domain/organisation.cpp), so
// the user sees the same Russian message before sending; the server remains the authority.

const kInnWeights = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The problem with an organisation's INN, or '' when it is empty or valid. */
export function InnProblem(raw: string | null | undefined): string {
  const inn = (raw ?? '').trim();
  if (!inn) return '';
  if (!/^\d{10}$/.test(inn)) return 'ИНН организации должен состоять из 10 цифр';
  let sum = 0;
  for (let i = 0; i < 9; ++i) sum += kInnWeights[i] * Number(inn[i]);
  if ((sum % 11) % 10 !== Number(inn[9])) return 'ИНН не проходит проверку контрольной цифры';
  return '';
}

/** The problem with an e-mail address, or '' when it is empty or plausible. */
export function EmailProblem(raw: string | null | undefined): string {
  const email = (raw ?? '').trim();
  if (!email) return '';
  const message = 'Адрес электронной почты указан неверно (пример: school1@obr.ru)';
  const at = email.indexOf('@');
  if (at <= 0 || email.indexOf('@', at + 1) !== -1) return message;
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  if (dot <= 0 || dot + 2 > domain.length) return message;
  for (const c of email) {
    if (c === ' ' || c === ',' || c === ';' || c.charCodeAt(0) < 0x21) return message;
  }
  return '';
}

/** The problem with a phone number, or '' when it is empty or acceptable. */
export function PhoneProblem(raw: string | null | undefined): string {
  const phone = (raw ?? '').trim();
  if (!phone) return '';
  if (!/^[0-9+()\-, ]+$/.test(phone)) return 'Телефон может содержать только цифры, пробелы, +, скобки и дефисы';
  const digits = phone.replace(/\D/g, '').length;
  if (digits < 5 || digits > 30) return 'Телефон может содержать только цифры, пробелы, +, скобки и дефисы';
  return '';
}
