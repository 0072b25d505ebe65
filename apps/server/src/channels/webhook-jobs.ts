import { classifyHttpFailure, classifyHttpResult, signatureHeaders } from '@balie/channels';
import {
  backoffDelayMs,
  enqueueJob,
  loadSubscriptionForDelivery,
  noteDeliveryOutcome,
  PermanentJobError,
  RetryLaterError,
  subscriptionsFor,
  WEBHOOK_DELIVER_QUEUE,
  type Database,
  type JobContext,
  type RelayedEventPayload,
} from '@balie/core';
import { loggedHttpClient } from './http-log';

export const WEBHOOK_MAX_ATTEMPTS = 8;

/** One relayed domain event → one delivery job per subscription that wants it. */
export function webhookFanoutHandler(database: Database) {
  return async (job: JobContext): Promise<void> => {
    const event = job.payload as RelayedEventPayload;
    const accountId = job.accountId;
    if (!accountId) return;
    const ids = await subscriptionsFor({ db: database.db, accountId, eventType: event.type });
    for (const subscriptionId of ids) {
      await enqueueJob({
        tx: database.db,
        queue: WEBHOOK_DELIVER_QUEUE,
        payload: { subscriptionId, event },
        accountId,
        dedupeKey: `wh:${subscriptionId}:${event.eventId}`,
        maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      });
    }
  };
}

/**
 * Delivers one event to one subscription: a signed POST through the guarded client, logged.
 * Failures retry with back-off; every failure counts towards switching the subscription off.
 * A refused (private) address or an invalid URL does not get better by waiting: no retry.
 */
export function webhookDeliverHandler(
  database: Database,
  opts: { retryBaseMs: number; timeoutMs: number; disableAfter: number },
) {
  return async (job: JobContext): Promise<void> => {
    const { subscriptionId, event } = job.payload as { subscriptionId: string; event: RelayedEventPayload };
    const db = database.db;
    const accountId = job.accountId ?? '';
    const sub = await loadSubscriptionForDelivery({ db, accountId, subscriptionId });
    if (!sub || !sub.enabled) return;
    const body = JSON.stringify({
      id: `evt_${event.eventId}`,
      type: event.type,
      accountId,
      seq: event.seq,
      attempt: job.attempt,
      data: event.payload,
    });
    const http = loggedHttpClient({
      db,
      accountId,
      allowPrivate: sub.allowPrivateNetwork,
      timeoutMs: opts.timeoutMs,
      attempt: job.attempt,
      eventType: event.type,
      subscriptionId,
      eventId: event.eventId,
    });
    let result;
    try {
      const res = await http({
        url: sub.url,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-balie-event': event.type,
          'x-balie-delivery': `evt_${event.eventId}`,
          ...signatureHeaders(sub.secret, body),
        },
        body,
      });
      result = classifyHttpResult(res);
    } catch (err) {
      result = classifyHttpFailure(err);
    }
    if (result.ok) {
      await noteDeliveryOutcome({ db, accountId, subscriptionId, ok: true, disableAfter: opts.disableAfter });
      return;
    }
    const disabled = await noteDeliveryOutcome({
      db,
      accountId,
      subscriptionId,
      ok: false,
      disableAfter: opts.disableAfter,
      error: result.reason,
    });
    if (disabled || !result.retryable) throw new PermanentJobError(result.reason);
    throw new RetryLaterError(result.reason, result.retryAfterMs ?? backoffDelayMs(job.attempt, opts.retryBaseMs, 3_600_000));
  };
}
