import { AppError, type InboundMessageInput } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { emitEvent } from '../events/emit-event';
import { preview } from './conversation-row';
import { analyze, searchLanguage } from '../analysis/nlp';
import { loadAnalysisSetup } from '../analysis/setup';
import { rollUpConversation } from '../analysis/roll-up-conversation';
import { storedReach } from '../analysis/reach';

/** A resolved conversation is reopened when the customer writes within this window; later starts a new one. */
const REOPEN_WINDOW_DAYS = 7;

export interface RecordedInbound {
  conversationId: string;
  messageId: string;
  /** The message was already stored (a redelivery): nothing changed. */
  duplicate: boolean;
  newConversation: boolean;
}

/**
 * Stores a customer's message: finds or creates the contact by their channel identity, finds the
 * conversation of the thread (reopening a recently resolved one) or starts one, and moves it in
 * the queue. Idempotent on (connection, external id): a redelivered message is a no-op. The reach
 * of a public post is analysed with it and kept, so later reports of it can re-score urgency.
 */
export async function recordInbound(opts: { db: Db; accountId: string; input: InboundMessageInput }): Promise<RecordedInbound> {
  const { accountId, input } = opts;
  return opts.db.transaction(async (tx) => {
    const conn = (
      await tx.execute(sql`select kind from channel_connections where id = ${input.connectionId} and account_id = ${accountId}`)
    ).rows[0] as { kind: string } | undefined;
    if (!conn) throw new AppError('not_found', 'Unknown channel connection.');

    const existing = (
      await tx.execute(sql`select id, conversation_id from messages
        where connection_id = ${input.connectionId} and external_id = ${input.externalId}`)
    ).rows[0] as { id: string; conversation_id: string } | undefined;
    if (existing)
      return { conversationId: existing.conversation_id, messageId: existing.id, duplicate: true, newConversation: false };

    const sentAt = input.sentAt ?? new Date().toISOString();
    const setup = await loadAnalysisSetup(tx, accountId);
    const analysis = analyze(setup, input.body, { channel: conn.kind, visibility: input.visibility, reach: input.reach ?? null });
    const contactId = await findOrCreateContact(tx, accountId, conn.kind, input.sender);
    const found = (
      await tx.execute(sql`select id, status from conversations
        where account_id = ${accountId} and connection_id = ${input.connectionId} and thread_key = ${input.threadKey}
          and (status <> 'resolved' or resolved_at > ${sentAt}::timestamptz - make_interval(days => ${REOPEN_WINDOW_DAYS}))
        order by created_at desc limit 1 for update`)
    ).rows[0] as { id: string; status: string } | undefined;

    let conversationId: string;
    if (found) {
      conversationId = found.id;
    } else {
      const created = await tx.execute(sql`insert into conversations
          (account_id, contact_id, connection_id, thread_key, visibility, last_message_at, created_at)
        values (${accountId}, ${contactId}, ${input.connectionId}, ${input.threadKey}, ${input.visibility},
          ${sentAt}::timestamptz, ${sentAt}::timestamptz)
        returning id`);
      conversationId = (created.rows[0] as { id: string }).id;
    }

    const message = await tx.execute(sql`insert into messages
        (account_id, conversation_id, connection_id, direction, visibility, author_type, author_id, body, external_id,
         delivery_status, created_at, language, analysis, reach)
      values (${accountId}, ${conversationId}, ${input.connectionId}, 'inbound', ${input.visibility}, 'contact', ${contactId},
        ${input.body}, ${input.externalId}, 'received', ${sentAt}::timestamptz, ${searchLanguage(analysis, setup)},
        ${JSON.stringify(analysis)}::jsonb, ${storedReach(input.reach)}::jsonb)
      returning id`);
    const messageId = (message.rows[0] as { id: string }).id;

    // The customer waits from their oldest unanswered message; writing again reopens.
    await tx.execute(sql`update conversations set
        status = 'open', snoozed_until = null, resolved_at = null,
        waiting_since = coalesce(waiting_since, ${sentAt}::timestamptz),
        last_message_at = greatest(last_message_at, ${sentAt}::timestamptz),
        last_message_preview = ${preview(input.body)}, updated_at = now()
      where id = ${conversationId}`);
    await rollUpConversation(tx, conversationId);

    if (!found) await emitEvent({ tx, accountId, type: 'conversation.created', payload: { conversationId } });
    else if (found.status !== 'open') {
      await emitEvent({ tx, accountId, type: 'conversation.updated', payload: { conversationId, changes: ['status'] } });
    }
    await emitEvent({ tx, accountId, type: 'message.created', payload: { conversationId, messageId, direction: 'inbound' } });
    return { conversationId, messageId, duplicate: false, newConversation: !found };
  });
}

/**
 * The contact behind a channel identity: the known one (its handle and display name refreshed) or
 * a new contact with that identity. Safe against a concurrent transaction creating it first.
 */
export async function findOrCreateContact(
  tx: Db,
  accountId: string,
  channel: string,
  sender: InboundMessageInput['sender'],
): Promise<string> {
  const known = (
    await tx.execute(sql`update contact_identities set
        handle = coalesce(${sender.handle ?? null}, handle), display_name = coalesce(${sender.displayName ?? null}, display_name)
      where account_id = ${accountId} and channel = ${channel} and external_id = ${sender.externalId}
      returning contact_id`)
  ).rows[0] as { contact_id: string } | undefined;
  if (known) return known.contact_id;
  const name = sender.displayName || sender.handle || sender.externalId;
  const contact = await tx.execute(
    sql`insert into contacts (account_id, name, email) values (${accountId}, ${name}, ${sender.email ?? null}) returning id`,
  );
  const contactId = (contact.rows[0] as { id: string }).id;
  const identity =
    await tx.execute(sql`insert into contact_identities (account_id, contact_id, channel, external_id, handle, display_name)
    values (${accountId}, ${contactId}, ${channel}, ${sender.externalId}, ${sender.handle ?? null}, ${sender.displayName ?? null})
    on conflict (account_id, channel, external_id) do nothing returning contact_id`);
  if (identity.rows.length > 0) return contactId;
  // Another transaction created the identity first: use its contact, drop ours.
  await tx.execute(sql`delete from contacts where id = ${contactId}`);
  const winner = await tx.execute(sql`select contact_id from contact_identities
    where account_id = ${accountId} and channel = ${channel} and external_id = ${sender.externalId}`);
  return (winner.rows[0] as { contact_id: string }).contact_id;
}
