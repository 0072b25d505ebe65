/**
 * The one way the web app talks HTTP to the Balie server: JSON in, JSON out, the session's CSRF
 * token on every write, and every failure turned into an ApiError that carries the server's code.
 */
import type { ErrorBody, ErrorCode } from '@balie/contracts';

/** A code from the server's catalogue, or `network` when no answer came back at all. */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onSignedOut: () => void = () => undefined;

/** Remembers the CSRF token of the current session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The current session's CSRF token, for requests that do not go through `api` (uploads). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Called when any request learns that the session is gone, so the app can show the login page. */
export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

const SESSION_GONE: ReadonlySet<ApiErrorCode> = new Set(['unauthenticated', 'session_expired']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    payload = JSON.stringify(body ?? {});
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error');
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw failure(res.status, data, res.statusText, path);
  return data as T;
}

/** The ApiError for a failed answer; tells the app when it means the session is gone. */
export function failure(status: number, data: unknown, statusText: string, path: string): ApiError {
  const error = isErrorBody(data) ? data.error : { code: 'internal' as const, message: statusText };
  const apiError = new ApiError(status, error.code, error.message, 'details' in error ? error.details : undefined);
  if (status === 401 && SESSION_GONE.has(apiError.code) && path !== '/api/session') onSignedOut();
  return apiError;
}

function isErrorBody(data: unknown): data is ErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const error = (data as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

export const api = {
  get: <T>(path: string, query: Query = {}) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
