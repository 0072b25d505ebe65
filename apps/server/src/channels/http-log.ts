import { HttpFailure, createSafeHttpClient, type HttpClient } from '@balie/channels';
import { recordDeliveryAttempt, type Db } from '@balie/core';

/**
 * The guarded HTTP client, with every call written to the delivery log (status, error, time):
 * what the admin sees under a connection's or a subscription's deliveries.
 */
export function loggedHttpClient(opts: {
  db: Db;
  accountId: string;
  allowPrivate: boolean;
  timeoutMs: number;
  attempt: number;
  eventType: string;
  connectionId?: string;
  subscriptionId?: string;
  messageId?: string;
  eventId?: number;
}): HttpClient {
  const http = createSafeHttpClient({ allowPrivate: opts.allowPrivate, defaultTimeoutMs: opts.timeoutMs });
  return async (req) => {
    const started = performance.now();
    const log = (ok: boolean, responseStatus?: number, error?: string) =>
      recordDeliveryAttempt({
        db: opts.db,
        accountId: opts.accountId,
        subscriptionId: opts.subscriptionId,
        connectionId: opts.connectionId,
        messageId: opts.messageId,
        eventId: opts.eventId,
        eventType: opts.eventType,
        url: req.url,
        attempt: opts.attempt,
        ok,
        responseStatus,
        error,
        durationMs: performance.now() - started,
      });
    try {
      const res = await http(req);
      const ok = res.status >= 200 && res.status < 300;
      await log(ok, res.status, ok ? undefined : `HTTP ${res.status}`);
      return res;
    } catch (err) {
      await log(false, undefined, err instanceof HttpFailure ? `${err.kind}: ${err.message}` : String(err));
      throw err;
    }
  };
}
