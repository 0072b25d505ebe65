import { adapterFor } from '@balie/channels';
import { InboundMessageInput } from '@balie/contracts';
import {
  finishRawEvent,
  loadRawEvent,
  PermanentJobError,
  recordInbound,
  recordPlatformChange,
  recordPlatformStatus,
  type Database,
  type JobContext,
} from '@balie/core';

/**
 * The "ingest" job: a stored raw event → adapter.parse → the inbox. Runs at least once, so every
 * step is idempotent (recordInbound on the message's external id). A payload the adapter ignores
 * is marked ignored with its reason; one it cannot handle is marked failed, never dropped.
 */
export function ingestHandler(database: Database) {
  return async (job: JobContext): Promise<void> => {
    const { rawEventId } = job.payload as { rawEventId: string };
    const db = database.db;
    const raw = await loadRawEvent({ db, rawEventId, accountId: job.accountId ?? '' });
    if (!raw || raw.status !== 'pending') return;
    const fail = async (detail: string) => {
      await finishRawEvent({ db, rawEventId, status: 'failed', detail });
      throw new PermanentJobError(detail);
    };
    const adapter = adapterFor(raw.kind);
    if (!adapter) return fail(`channel_not_connectable: Balie has no adapter for ${raw.kind} connections`);
    const config = adapter.configSchema.safeParse(raw.config);
    if (!config.success) return fail('the connection settings are invalid');

    let body: unknown = raw.body;
    if (/\bjson\b/i.test(raw.contentType ?? '')) {
      try {
        body = JSON.parse(raw.body);
      } catch {
        await finishRawEvent({ db, rawEventId, status: 'ignored', detail: 'the body is not valid JSON' });
        return;
      }
    }
    let result;
    try {
      result = adapter.parse(body, config.data);
    } catch (err) {
      return fail(`the ${raw.kind} adapter threw while parsing: ${String(err)}`);
    }
    if ('ignored' in result) {
      await finishRawEvent({ db, rawEventId, status: 'ignored', detail: result.ignored });
      return;
    }
    for (const event of result.events) {
      if (event.kind === 'message') {
        const input = InboundMessageInput.safeParse({ ...event.message, connectionId: raw.connectionId });
        if (!input.success) return fail(`the adapter produced an invalid message: ${input.error.issues[0]?.message}`);
        await recordInbound({ db, accountId: raw.accountId, input: input.data });
      } else if (event.kind === 'change') {
        const known = await recordPlatformChange({
          db,
          accountId: raw.accountId,
          change: {
            connectionId: raw.connectionId,
            externalId: event.externalId,
            kind: event.change,
            ...(event.body === undefined ? {} : { body: event.body }),
            ...(event.changedAt === undefined ? {} : { changedAt: event.changedAt }),
          },
        });
        // The message may not be here yet (out-of-order delivery): the job retries with back-off.
        if (!known) throw new Error(`change for unknown message ${event.externalId}`);
      } else {
        await recordPlatformStatus({
          db,
          accountId: raw.accountId,
          connectionId: raw.connectionId,
          externalId: event.externalId,
          status: event.status,
          reason: event.reason,
        });
      }
    }
    await finishRawEvent({ db, rawEventId, status: 'processed', eventCount: result.events.length });
  };
}
