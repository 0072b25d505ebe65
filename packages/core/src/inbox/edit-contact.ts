import { AppError, errorCatalogue, type ChannelKind } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { arrayLiteral } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { loadContact } from './contacts';
import { createAudited } from './create-audited';

export async function listAttributeDefinitions(opts: Ctx) {
  assertCan(opts.actor, 'conversations.read');
  const r = await opts.db.execute(sql`select id, key, label from contact_attribute_definitions
    where account_id = ${opts.actor.accountId} order by label, key`);
  return { items: r.rows.map((d) => ({ id: d.id as string, key: d.key as string, label: d.label as string })) };
}

export async function createAttributeDefinition(opts: Ctx & { key: string; label: string }) {
  assertCan(opts.actor, 'inbox.settings');
  const id = await createAudited(
    opts,
    'contact_attribute',
    { key: opts.key, label: opts.label },
    (tx) =>
      tx.execute(sql`insert into contact_attribute_definitions (account_id, key, label)
        values (${opts.actor.accountId}, ${opts.key}, ${opts.label}) returning id`),
    errorCatalogue.name_taken.message,
  );
  return { id, key: opts.key, label: opts.label };
}

/** Profile fields and custom attributes; attributes must be defined by the account first. */
export async function updateContact(
  opts: Ctx & {
    contactId: string;
    name?: string | undefined;
    email?: string | null | undefined;
    phone?: string | null | undefined;
    attributes?: Record<string, string | null> | undefined;
  },
) {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    const before = await loadContact(tx, actor.accountId, opts.contactId);
    const attributes = { ...before.attributes };
    if (opts.attributes) {
      const keys = Object.keys(opts.attributes);
      const defined = await tx.execute(sql`select key from contact_attribute_definitions
        where account_id = ${actor.accountId} and key = any(${arrayLiteral(keys)}::text[])`);
      if (defined.rows.length !== keys.length) throw new AppError('unknown_attribute');
      for (const [key, value] of Object.entries(opts.attributes)) {
        if (value === null || value === '') delete attributes[key];
        else attributes[key] = value;
      }
    }
    const next = {
      name: opts.name ?? before.name,
      email: opts.email === undefined ? before.email : opts.email,
      phone: opts.phone === undefined ? before.phone : opts.phone,
      attributes,
    };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['name', 'email', 'phone', 'attributes'] as const) {
      if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) changes[key] = { from: before[key], to: next[key] };
    }
    if (Object.keys(changes).length > 0) {
      await tx.execute(sql`update contacts set name = ${next.name}, email = ${next.email}, phone = ${next.phone},
        attributes = ${JSON.stringify(attributes)}::jsonb, updated_at = now() where id = ${opts.contactId}`);
      await recordAudit({ tx, actor, action: 'contact.updated', targetType: 'contact', targetId: opts.contactId, changes });
      await emitEvent({
        tx,
        accountId: actor.accountId,
        type: 'contact.updated',
        payload: { contactId: opts.contactId },
        actorId: actor.id,
      });
    }
    return loadContact(tx, actor.accountId, opts.contactId);
  });
}

/** Links a channel identity to a contact by hand (e.g. the customer gave their X handle in an e-mail). */
export async function linkIdentity(
  opts: Ctx & { contactId: string; channel: ChannelKind; externalId: string; handle?: string | undefined },
) {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    await loadContact(tx, actor.accountId, opts.contactId);
    const r = await tx.execute(sql`insert into contact_identities (account_id, contact_id, channel, external_id, handle)
      values (${actor.accountId}, ${opts.contactId}, ${opts.channel}, ${opts.externalId}, ${opts.handle ?? null})
      on conflict (account_id, channel, external_id) do nothing returning id`);
    if (r.rows.length === 0) throw new AppError('identity_taken');
    await recordAudit({
      tx,
      actor,
      action: 'contact.identity_linked',
      targetType: 'contact',
      targetId: opts.contactId,
      changes: { channel: opts.channel, externalId: opts.externalId },
    });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'contact.updated',
      payload: { contactId: opts.contactId },
      actorId: actor.id,
    });
    return loadContact(tx, actor.accountId, opts.contactId);
  });
}
