import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { AppError, type WebhookEventType, type WebhookSubscription } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { arrayLiteral, iso, isoOrNull } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';

const COLUMNS = sql`id, url, description, event_types, allow_private_network, consecutive_failures, disabled_at, disabled_reason, created_at`;

function toSubscription(r: Record<string, unknown>): WebhookSubscription {
  return {
    id: r.id as string,
    url: r.url as string,
    description: r.description as string,
    eventTypes: r.event_types as WebhookEventType[],
    allowPrivateNetwork: r.allow_private_network as boolean,
    enabled: r.disabled_at === null,
    consecutiveFailures: r.consecutive_failures as number,
    disabledAt: isoOrNull(r.disabled_at as Date | null),
    disabledReason: (r.disabled_reason as string | null) ?? null,
    createdAt: iso(r.created_at as Date),
  };
}

/**
 * Refuses, when the admin did not allow private addresses, a URL whose host is obviously private
 * (a literal address or localhost). Names are checked again at every delivery, after DNS.
 */
function assertPublicUrl(url: string, allowPrivate: boolean, isPrivateAddress: (a: string) => boolean): void {
  if (allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host))) {
    throw new AppError('private_address');
  }
}

export async function listWebhookSubscriptions(opts: Ctx): Promise<{ items: WebhookSubscription[] }> {
  assertCan(opts.actor, 'webhooks.manage');
  const r = await opts.db.execute(sql`select ${COLUMNS} from webhook_subscriptions
    where account_id = ${opts.actor.accountId} order by created_at, id`);
  return { items: r.rows.map(toSubscription) };
}

/** Creates a subscription; its signing secret is in this answer only. */
export async function createWebhookSubscription(
  opts: Ctx & {
    url: string;
    description: string;
    eventTypes: WebhookEventType[];
    allowPrivateNetwork: boolean;
    isPrivateAddress: (address: string) => boolean;
  },
): Promise<WebhookSubscription & { secret: string }> {
  assertCan(opts.actor, 'webhooks.manage');
  assertPublicUrl(opts.url, opts.allowPrivateNetwork, opts.isPrivateAddress);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const types = [...new Set(opts.eventTypes)];
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`insert into webhook_subscriptions
        (account_id, url, description, secret, event_types, allow_private_network, created_by)
      values (${opts.actor.accountId}, ${opts.url}, ${opts.description}, ${secret}, ${arrayLiteral(types)}::text[],
        ${opts.allowPrivateNetwork}, ${opts.actor.type === 'user' ? opts.actor.id : null})
      returning ${COLUMNS}`);
    const sub = toSubscription(r.rows[0]!);
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'webhook.created',
      targetType: 'webhook',
      targetId: sub.id,
      changes: { url: opts.url, eventTypes: types, allowPrivateNetwork: opts.allowPrivateNetwork },
    });
    return { ...sub, secret };
  });
}

export async function updateWebhookSubscription(
  opts: Ctx & {
    subscriptionId: string;
    url?: string | undefined;
    description?: string | undefined;
    eventTypes?: WebhookEventType[] | undefined;
    allowPrivateNetwork?: boolean | undefined;
    enabled?: boolean | undefined;
    isPrivateAddress: (address: string) => boolean;
  },
): Promise<WebhookSubscription> {
  assertCan(opts.actor, 'webhooks.manage');
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`select ${COLUMNS} from webhook_subscriptions
      where id = ${opts.subscriptionId} and account_id = ${opts.actor.accountId} for update`);
    if (!r.rows[0]) throw new AppError('not_found');
    const current = toSubscription(r.rows[0]);
    const url = opts.url ?? current.url;
    const allowPrivate = opts.allowPrivateNetwork ?? current.allowPrivateNetwork;
    assertPublicUrl(url, allowPrivate, opts.isPrivateAddress);
    const types = opts.eventTypes ? [...new Set(opts.eventTypes)] : current.eventTypes;
    const u = await tx.execute(sql`update webhook_subscriptions set url = ${url},
        description = ${opts.description ?? current.description}, event_types = ${arrayLiteral(types)}::text[],
        allow_private_network = ${allowPrivate},
        ${
          opts.enabled === true
            ? sql`disabled_at = null, disabled_reason = null, consecutive_failures = 0,`
            : opts.enabled === false
              ? sql`disabled_at = coalesce(disabled_at, now()), disabled_reason = coalesce(disabled_reason, 'disabled by an admin'),`
              : sql``
        }
        updated_at = now()
      where id = ${opts.subscriptionId} returning ${COLUMNS}`);
    const updated = toSubscription(u.rows[0]!);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['url', 'description', 'eventTypes', 'allowPrivateNetwork', 'enabled'] as const) {
      if (JSON.stringify(current[key]) !== JSON.stringify(updated[key])) changes[key] = { from: current[key], to: updated[key] };
    }
    await recordAudit({ tx, actor: opts.actor, action: 'webhook.updated', targetType: 'webhook', targetId: updated.id, changes });
    return updated;
  });
}

export async function deleteWebhookSubscription(opts: Ctx & { subscriptionId: string }): Promise<void> {
  assertCan(opts.actor, 'webhooks.manage');
  await opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`delete from webhook_subscriptions
      where id = ${opts.subscriptionId} and account_id = ${opts.actor.accountId} returning url`);
    if (!r.rows[0]) throw new AppError('not_found');
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'webhook.deleted',
      targetType: 'webhook',
      targetId: opts.subscriptionId,
      changes: { url: r.rows[0].url },
    });
  });
}

/** Active subscriptions of an account to one event type (for the fan-out job). */
export async function subscriptionsFor(opts: { db: Db; accountId: string; eventType: string }): Promise<string[]> {
  const r = await opts.db.execute(sql`select id from webhook_subscriptions
    where account_id = ${opts.accountId} and disabled_at is null and ${opts.eventType} = any(event_types)`);
  return r.rows.map((row) => row.id as string);
}

/** The event types each of these accounts has an active subscription for, as `${accountId} ${type}` keys. */
export async function subscribedEventTypes(db: Db, accountIds: readonly string[]): Promise<Set<string>> {
  const r =
    await db.execute(sql`select distinct s.account_id, t.type from webhook_subscriptions s, unnest(s.event_types) as t(type)
    where s.account_id = any(${arrayLiteral(accountIds)}::uuid[]) and s.disabled_at is null`);
  return new Set(r.rows.map((row) => `${row.account_id as string} ${row.type as string}`));
}

export interface SubscriptionForDelivery {
  id: string;
  url: string;
  secret: string;
  allowPrivateNetwork: boolean;
  enabled: boolean;
}

export async function loadSubscriptionForDelivery(opts: {
  db: Db;
  accountId: string;
  subscriptionId: string;
}): Promise<SubscriptionForDelivery | undefined> {
  const r = await opts.db.execute(sql`select id, url, secret, allow_private_network, disabled_at from webhook_subscriptions
    where id = ${opts.subscriptionId} and account_id = ${opts.accountId}`);
  const row = r.rows[0];
  if (!row) return undefined;
  return {
    id: row.id as string,
    url: row.url as string,
    secret: row.secret as string,
    allowPrivateNetwork: row.allow_private_network as boolean,
    enabled: row.disabled_at === null,
  };
}

/**
 * Counts a delivery's outcome. Success resets the failure count; after `disableAfter` failures
 * in a row the subscription is switched off with a notice (`webhook.disabled`). Returns true
 * when this call disabled it.
 */
export async function noteDeliveryOutcome(opts: {
  db: Db;
  accountId: string;
  subscriptionId: string;
  ok: boolean;
  disableAfter: number;
  error?: string;
}): Promise<boolean> {
  if (opts.ok) {
    await opts.db.execute(sql`update webhook_subscriptions set consecutive_failures = 0
      where id = ${opts.subscriptionId} and account_id = ${opts.accountId} and consecutive_failures <> 0`);
    return false;
  }
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update webhook_subscriptions set consecutive_failures = consecutive_failures + 1
      where id = ${opts.subscriptionId} and account_id = ${opts.accountId} and disabled_at is null
      returning consecutive_failures`);
    const failures = r.rows[0]?.consecutive_failures as number | undefined;
    if (failures === undefined || failures < opts.disableAfter) return false;
    const reason = `disabled after ${failures} failed deliveries in a row (last: ${opts.error ?? 'unknown error'})`.slice(0, 500);
    await tx.execute(sql`update webhook_subscriptions set disabled_at = now(), disabled_reason = ${reason}, updated_at = now()
      where id = ${opts.subscriptionId}`);
    await emitEvent({
      tx,
      accountId: opts.accountId,
      type: 'webhook.disabled',
      payload: { subscriptionId: opts.subscriptionId, reason },
    });
    return true;
  });
}
