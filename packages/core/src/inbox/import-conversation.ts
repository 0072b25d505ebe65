import { AppError, type InboundMessageInput, type Urgency } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { emitEvent } from '../events/emit-event';
import { preview } from './conversation-row';
import { findOrCreateContact } from './record-inbound';
import { analyze, searchLanguage } from '../analysis/nlp';
import { loadAnalysisSetup } from '../analysis/setup';
import { rollUpConversation } from '../analysis/roll-up-conversation';
import { arrayLiteral } from '../db-util';

/** One message of an imported conversation, with the moment it was written on the platform. */
export type ImportedMessage =
  | { direction: 'inbound'; body: string; at: string; externalId: string }
  | {
      direction: 'outbound' | 'note';
      body: string;
      at: string;
      /** The member who wrote it; null when the platform does not say (sent outside Balie). */
      authorId: string | null;
    };

export interface ImportConversationInput {
  connectionId: string;
  threadKey: string;
  visibility: 'public' | 'private';
  /** The customer as the channel knows them: found or created like recordInbound does. */
  sender: InboundMessageInput['sender'];
  /** At least one inbound message; stored in time order whatever the order given. */
  messages: ImportedMessage[];
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  urgency?: Urgency | undefined;
  assigneeId?: string | null | undefined;
  teamId?: string | null | undefined;
  handoverNote?: string | null | undefined;
  labelIds?: string[] | undefined;
  /** Required when resolved (as for resolveConversation). */
  categoryId?: string | null | undefined;
  /** When resolved; defaults to the last message. */
  resolvedAt?: string | undefined;
  /** Required when snoozed; a moment already past is woken by the snooze job as usual. */
  snoozedUntil?: string | undefined;
}

export interface ImportedConversation {
  conversationId: string;
  contactId: string;
  /** The first inbound message was already stored (an import run twice): nothing was written. */
  duplicate: boolean;
}

/**
 * Writes a whole conversation at once, in its final state: the contact (found or created by the
 * channel identity), the conversation row, all its messages and one `conversation.created` event,
 * in one transaction of a handful of statements. For conversations that already happened: a
 * channel's history import (what was said on the platform before it was connected) and the demo
 * data. Live traffic goes through recordInbound and the agent use-cases instead, which keep the
 * conversation's state message by message.
 *
 * What those would have derived is derived here from the messages: created_at (the first),
 * first_response_at (the first reply), last_message_at and its preview (the last inbound or
 * reply; notes do not count), and waiting_since (the oldest customer message after the last
 * reply, only when open or snoozed: pending and resolved mean nobody waits on us). Inbound
 * messages are 'received', replies 'sent' (they were, on the platform): nothing is queued for
 * sending, no per-message events, no mention notifications.
 *
 * Idempotent on the first inbound message's (connection, external id): importing it again returns
 * the stored conversation and writes nothing.
 */
export async function importConversation(opts: Ctx & { input: ImportConversationInput }): Promise<ImportedConversation> {
  assertCan(opts.actor, 'conversations.work');
  const { actor, input } = opts;
  const { accountId } = actor;
  const messages = input.messages
    .map((m, i) => ({ m, i, t: Date.parse(m.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ m }) => m);
  const inbound = messages.filter((m) => m.direction === 'inbound');
  const firstInbound = inbound[0];
  if (!firstInbound) throw new AppError('validation_failed', 'A conversation starts with at least one customer message.');
  if (messages.some((m) => Number.isNaN(Date.parse(m.at))))
    throw new AppError('validation_failed', 'Every message needs a valid time.');
  if (input.status === 'resolved' && !input.categoryId) throw new AppError('category_required');
  if (input.status === 'snoozed' && !input.snoozedUntil)
    throw new AppError('validation_failed', 'A snoozed conversation needs a time to wake up.');

  const labelIds = [...new Set(input.labelIds ?? [])].sort();
  const members = [
    ...new Set(
      [input.assigneeId, ...messages.map((m) => (m.direction === 'inbound' ? null : m.authorId))].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const uuids = (ids: string[]) => sql`${arrayLiteral(ids)}::uuid[]`;

  return opts.db.transaction(async (tx) => {
    // Everything there is to check, in one statement.
    const check = (
      await tx.execute(sql`select cc.kind, a.default_language,
          (select json_build_object('conversationId', m.conversation_id, 'contactId', c.contact_id)
            from messages m join conversations c on c.id = m.conversation_id
            where m.connection_id = ${input.connectionId} and m.external_id = ${firstInbound.externalId}) as existing,
          (select count(*)::int from labels where account_id = a.id and id = any(${uuids(labelIds)})) as labels,
          (select count(*)::int from memberships where account_id = a.id and user_id = any(${uuids(members)})
            and role <> 'viewer') as members,
          (${input.teamId ?? null}::uuid is null or exists (select 1 from teams where id = ${input.teamId ?? null}::uuid
            and account_id = a.id)) as team_ok,
          (${input.categoryId ?? null}::uuid is null or exists (select 1 from resolution_categories
            where id = ${input.categoryId ?? null}::uuid and account_id = a.id)) as category_ok
        from accounts a left join channel_connections cc on cc.id = ${input.connectionId} and cc.account_id = a.id
        where a.id = ${accountId}`)
    ).rows[0] as
      | {
          kind: string | null;
          default_language: string;
          existing: { conversationId: string; contactId: string } | string | null;
          labels: number;
          members: number;
          team_ok: boolean;
          category_ok: boolean;
        }
      | undefined;
    if (!check?.kind) throw new AppError('not_found', 'Unknown channel connection.');
    if (check.existing) {
      const existing = typeof check.existing === 'string' ? JSON.parse(check.existing) : check.existing;
      return { ...(existing as { conversationId: string; contactId: string }), duplicate: true };
    }
    if (check.labels !== labelIds.length) throw new AppError('not_found', 'Unknown label.');
    if (check.members !== members.length) throw new AppError('not_a_member');
    if (!check.team_ok) throw new AppError('not_found', 'Unknown team.');
    if (!check.category_ok) throw new AppError('not_found', 'Unknown resolution category.');

    const contactId = await findOrCreateContact(tx, accountId, check.kind, input.sender);

    const spoken = messages.filter((m) => m.direction !== 'note');
    const last = spoken.at(-1)!;
    const lastReply = spoken.findLastIndex((m) => m.direction === 'outbound');
    const firstReply = spoken.find((m) => m.direction === 'outbound');
    const waiting = input.status === 'open' || input.status === 'snoozed';
    const waitingSince = waiting ? (spoken.slice(lastReply + 1).find((m) => m.direction === 'inbound')?.at ?? null) : null;
    const resolved = input.status === 'resolved';
    const created = await tx.execute(sql`insert into conversations
        (account_id, contact_id, connection_id, thread_key, visibility, status, urgency, assignee_id, team_id, category_id,
         label_ids, handover_note, waiting_since, last_message_at, last_message_preview, snoozed_until, first_response_at,
         resolved_at, created_at, urgency_manual)
      values (${accountId}, ${contactId}, ${input.connectionId}, ${input.threadKey}, ${input.visibility}, ${input.status},
        ${input.urgency ?? 'normal'}, ${input.assigneeId ?? null}, ${input.teamId ?? null},
        ${resolved ? input.categoryId! : (input.categoryId ?? null)}, ${uuids(labelIds)}, ${input.handoverNote || null},
        ${waitingSince}::timestamptz, ${last.at}::timestamptz, ${preview(last.body)},
        ${input.status === 'snoozed' ? input.snoozedUntil! : null}::timestamptz, ${firstReply?.at ?? null}::timestamptz,
        ${resolved ? (input.resolvedAt ?? messages.at(-1)!.at) : null}::timestamptz, ${messages[0]!.at}::timestamptz,
        ${input.urgency !== undefined})
      returning id`);
    const conversationId = (created.rows[0] as { id: string }).id;

    const setup = await loadAnalysisSetup(tx, accountId);
    const rows = messages.map((m) => {
      const analysis =
        m.direction === 'inbound' ? analyze(setup, m.body, { channel: check.kind!, visibility: input.visibility }) : null;
      const [visibility, authorType, authorId, externalId, delivery] =
        m.direction === 'inbound'
          ? [input.visibility, 'contact', contactId, m.externalId, 'received']
          : [m.direction === 'note' ? 'private' : input.visibility, 'agent', m.authorId, null, 'sent'];
      return sql`(${accountId}, ${conversationId}, ${input.connectionId}, ${m.direction}, ${visibility}, ${authorType},
        ${authorId}::uuid, ${m.body}, ${externalId}, ${delivery}, ${m.at}::timestamptz,
        ${analysis ? searchLanguage(analysis, setup) : check.default_language}, ${analysis ? JSON.stringify(analysis) : null}::jsonb)`;
    });
    await tx.execute(sql`insert into messages
        (account_id, conversation_id, connection_id, direction, visibility, author_type, author_id, body, external_id,
         delivery_status, created_at, language, analysis)
      values ${sql.join(rows, sql`, `)}`);
    await rollUpConversation(tx, conversationId);

    await emitEvent({ tx, accountId, type: 'conversation.created', payload: { conversationId }, actorId: actor.id });
    return { conversationId, contactId, duplicate: false };
  });
}
