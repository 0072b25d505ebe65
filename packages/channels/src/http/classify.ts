import { HttpFailure, type HttpResponse, type SendResult } from '../contract';

/**
 * The usual HTTP reading of success and failure: 2xx sent; 408, 425, 429 and 5xx may work later
 * (with the server's Retry-After); other 4xx never will. Redirects are not followed, so a 3xx is
 * final too: the configured URL is wrong.
 */
export function classifyHttpResult(res: HttpResponse): SendResult {
  if (res.status >= 200 && res.status < 300) {
    return { ok: true, status: 'sent', ...externalIdOf(res.body) };
  }
  const retryable = res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500;
  const retryAfterMs = retryAfter(res.headers['retry-after']);
  return {
    ok: false,
    retryable,
    reason: `the receiver answered HTTP ${res.status}${res.status >= 300 && res.status < 400 ? ' (redirects are not followed)' : ''}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

export function classifyHttpFailure(err: unknown): SendResult {
  if (err instanceof HttpFailure) {
    const retryable = err.kind === 'timeout' || err.kind === 'network';
    return { ok: false, retryable, reason: err.message };
  }
  return { ok: false, retryable: true, reason: err instanceof Error ? err.message : String(err) };
}

function externalIdOf(body: string): { externalId?: string } {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? { externalId: String(id).slice(0, 200) } : {};
  } catch {
    return {};
  }
}

function retryAfter(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 3_600_000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.min(date - Date.now(), 3_600_000));
}
