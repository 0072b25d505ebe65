import { AppError, type Contact, type ConversationStatus, type ChannelKind, type SentimentLabel } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso, isoOrNull } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { emitEvent } from '../events/emit-event';

/** A contact with their identities on every channel and the team's notes about them. */
export async function loadContact(db: Db, accountId: string, contactId: string): Promise<Contact> {
  const r = await db.execute(sql`select c.id, c.name, c.email, c.phone, c.attributes, c.merged_into, c.created_at,
      a.crm_url_template
    from contacts c join accounts a on a.id = c.account_id
    where c.id = ${contactId} and c.account_id = ${accountId}`);
  const c = r.rows[0];
  if (!c) throw new AppError('not_found');
  const [identities, notes] = await Promise.all([
    db.execute(sql`select id, channel, external_id, handle, display_name from contact_identities
      where contact_id = ${contactId} order by created_at, id`),
    db.execute(sql`select n.id, n.body, n.author_id, u.name as author_name, n.created_at from contact_notes n
      left join users u on u.id = n.author_id where n.contact_id = ${contactId} order by n.created_at desc, n.id limit 100`),
  ]);
  return {
    id: c.id as string,
    name: c.name as string,
    email: (c.email as string | null) ?? null,
    phone: (c.phone as string | null) ?? null,
    attributes: (c.attributes as Record<string, string>) ?? {},
    crmUrl: crmUrl(c.crm_url_template as string | null, (c.attributes as Record<string, string>) ?? {}),
    mergedInto: (c.merged_into as string | null) ?? null,
    identities: identities.rows.map((i) => ({
      id: i.id as string,
      channel: i.channel as Contact['identities'][number]['channel'],
      externalId: i.external_id as string,
      handle: (i.handle as string | null) ?? null,
      displayName: (i.display_name as string | null) ?? null,
    })),
    notes: notes.rows.map((n) => ({
      id: n.id as string,
      body: n.body as string,
      authorId: (n.author_id as string | null) ?? null,
      authorName: (n.author_name as string | null) ?? null,
      createdAt: iso(n.created_at as Date),
    })),
    createdAt: iso(c.created_at as Date),
  };
}

export async function getContact(opts: Ctx & { contactId: string }): Promise<Contact> {
  assertCan(opts.actor, 'conversations.read');
  return loadContact(opts.db, opts.actor.accountId, opts.contactId);
}

/** A note about the customer for colleagues ("let op: opvliegend"), with author and time. */
export async function addContactNote(opts: Ctx & { contactId: string; body: string }) {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    const exists = await tx.execute(sql`select 1 from contacts where id = ${opts.contactId} and account_id = ${actor.accountId}`);
    if (exists.rows.length === 0) throw new AppError('not_found');
    const r = await tx.execute(sql`insert into contact_notes (account_id, contact_id, author_id, body)
      values (${actor.accountId}, ${opts.contactId}, ${actor.type === 'user' ? actor.id : null}, ${opts.body})
      returning id, created_at`);
    const row = r.rows[0]!;
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'contact.updated',
      payload: { contactId: opts.contactId },
      actorId: actor.id,
    });
    return {
      id: row.id as string,
      body: opts.body,
      authorId: actor.type === 'user' ? actor.id : null,
      authorName: actor.name,
      createdAt: iso(row.created_at as Date),
    };
  });
}

/**
 * Fills `{key}` placeholders from the contact's attributes, URL-encoded. No link when a placeholder
 * has no value: a link to the wrong customer is worse than none.
 */
export function crmUrl(template: string | null, attributes: Record<string, string>): string | null {
  if (!template) return null;
  let missing = false;
  const url = template.replace(/\{([a-z][a-z0-9_]*)\}/g, (_, key: string) => {
    const value = attributes[key];
    if (!value) missing = true;
    return encodeURIComponent(value ?? '');
  });
  return missing ? null : url;
}

/** The contact's conversations on every channel, newest first (merged shells left out). */
export async function contactConversations(db: Db, accountId: string, contactId: string, exceptId?: string) {
  const r =
    await db.execute(sql`select c.id, cc.kind, c.status, c.category_id, c.last_message_preview, c.created_at, c.resolved_at,
      c.sentiment, c.intent
    from conversations c join channel_connections cc on cc.id = c.connection_id
    where c.contact_id = ${contactId} and c.account_id = ${accountId} and c.status <> 'merged'
      ${exceptId ? sql`and c.id <> ${exceptId}` : sql``}
    order by c.created_at desc limit 50`);
  return r.rows.map((h) => ({
    id: h.id as string,
    channel: h.kind as ChannelKind,
    status: h.status as ConversationStatus,
    categoryId: (h.category_id as string | null) ?? null,
    lastMessagePreview: h.last_message_preview as string,
    createdAt: iso(h.created_at as Date),
    resolvedAt: isoOrNull(h.resolved_at as Date | null),
    sentiment: (h.sentiment as SentimentLabel | null) ?? null,
    intent: (h.intent as string | null) ?? null,
  }));
}

export async function listContactConversations(opts: Ctx & { contactId: string }) {
  assertCan(opts.actor, 'conversations.read');
  await loadContact(opts.db, opts.actor.accountId, opts.contactId);
  return { items: await contactConversations(opts.db, opts.actor.accountId, opts.contactId) };
}
