import type { ApiErrorBody } from './types';

/** A failed API call: HTTP status plus the server's stable code, Russian message and field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string;
  /** The parsed body, for answers that carry more than the error (an import's list of problems). */
  readonly body: unknown;

  constructor(status: number, code: string, message: string, field = '', body: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.body = body;
  }
}

let csrf_token = '';
let on_unauthorized: (() => void) | null = null;

/** Remembers the CSRF token the server handed out at login or /auth/me. */
export function SetCsrfToken(token: string): void {
  csrf_token = token;
}

/** Registers what to do when the session is gone (the auth context sends the user to the login page). */
export function OnUnauthorized(handler: (() => void) | null): void {
  on_unauthorized = handler;
}

const kFallbackMessages: Record<number, string> = {
  400: 'Сервер не смог разобрать запрос',
  401: 'Требуется вход в систему',
  403: 'Недостаточно прав для этого действия',
  404: 'Запись не найдена или недоступна',
  409: 'Конфликт данных: запись изменена или уже существует',
  413: 'Файл слишком большой',
  422: 'Проверьте введённые данные',
  429: 'Слишком много попыток, подождите',
};

async function ReadError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const envelope = (body as ApiErrorBody | null)?.error;
  const message =
    envelope?.message || kFallbackMessages[response.status] || `Ошибка сервера (код ${response.status})`;
  return new ApiError(response.status, envelope?.code ?? `http_${response.status}`, message, envelope?.field ?? '', body);
}

/** Options of a single API request. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined | null>;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Do not redirect to the login page on 401 (the login form and the first /auth/me handle it). */
  allow_unauthorized?: boolean;
}

/** Builds `/api/v1/...?...` leaving out empty parameters. */
export function ApiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return `/api/v1${path}${text ? `?${text}` : ''}`;
}

/** Performs the request and returns the raw response, throwing ApiError for any non-2xx answer. */
export async function ApiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (method !== 'GET' && csrf_token) headers['X-CSRF-Token'] = csrf_token;
  let response: Response;
  try {
    response = await fetch(ApiUrl(path, options.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Нет связи с сервером. Проверьте подключение и повторите попытку.');
  }
  if (response.ok) return response;
  const error = await ReadError(response);
  if (response.status === 401 && !options.allow_unauthorized && on_unauthorized) on_unauthorized();
  throw error;
}

/** Performs the request and parses the JSON answer (undefined for 204). */
export async function Api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await ApiFetch(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
