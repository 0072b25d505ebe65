import { AppError, type Mention } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Actor, Ctx } from '../context';
import { iso, isoOrNull } from '../db-util';
import { emitEvent } from '../events/emit-event';

const MENTION = /@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu;
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Who a note mentions: `@Sanne` (a first name no one else in the account has), `@SanneBakker`
 * (the full name without spaces) or `@sanne.b` (the e-mail's local part). Viewers can be
 * mentioned too: they read along, e.g. a legal colleague.
 */
export async function resolveMentions(tx: Db, accountId: string, body: string): Promise<string[]> {
  const tokens = [...body.matchAll(MENTION)].map((m) => squash(m[1]!));
  if (tokens.length === 0) return [];
  const r = await tx.execute(sql`select u.id, u.name, u.email from memberships m join users u on u.id = m.user_id
    where m.account_id = ${accountId}`);
  const members = r.rows.map((u) => ({
    id: u.id as string,
    first: squash(String(u.name).split(/\s+/)[0] ?? ''),
    full: squash(String(u.name)),
    local: squash(String(u.email).split('@')[0] ?? ''),
  }));
  const ids = new Set<string>();
  for (const token of tokens) {
    const exact = members.filter((m) => m.full === token || m.local === token);
    const byFirst = members.filter((m) => m.first === token);
    const match = exact.length > 0 ? exact : byFirst.length === 1 ? byFirst : [];
    for (const m of match) ids.add(m.id);
  }
  return [...ids];
}

/** Records the mentions of a note and tells each person (a realtime event their app shows). */
export async function recordMentions(
  tx: Db,
  actor: Actor,
  conversationId: string,
  messageId: string,
  body: string,
): Promise<void> {
  for (const userId of await resolveMentions(tx, actor.accountId, body)) {
    if (userId === actor.id) continue;
    const r = await tx.execute(sql`insert into mentions (account_id, user_id, conversation_id, message_id)
      values (${actor.accountId}, ${userId}, ${conversationId}, ${messageId}) returning id`);
    const mentionId = r.rows[0]!.id as string;
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'mention.created',
      payload: { mentionId, userId, conversationId, messageId },
      actorId: actor.id,
    });
  }
}

/** The signed-in user's mentions, newest first. */
export async function listMyMentions(opts: Ctx & { unreadOnly: boolean }): Promise<{ items: Mention[] }> {
  const r = await opts.db
    .execute(sql`select mn.id, mn.conversation_id, mn.message_id, mn.created_at, mn.read_at, m.body, u.name as author_name
    from mentions mn join messages m on m.id = mn.message_id left join users u on u.id = m.author_id
    where mn.account_id = ${opts.actor.accountId} and mn.user_id = ${opts.actor.id}
      ${opts.unreadOnly ? sql`and mn.read_at is null` : sql``}
    order by mn.created_at desc limit 100`);
  return {
    items: r.rows.map((x) => ({
      id: x.id as string,
      conversationId: x.conversation_id as string,
      messageId: x.message_id as string,
      authorName: (x.author_name as string | null) ?? null,
      body: x.body as string,
      createdAt: iso(x.created_at as Date),
      readAt: isoOrNull(x.read_at as Date | null),
    })),
  };
}

export async function markMentionRead(opts: Ctx & { mentionId: string }): Promise<void> {
  const r = await opts.db.execute(sql`update mentions set read_at = coalesce(read_at, now())
    where id = ${opts.mentionId} and account_id = ${opts.actor.accountId} and user_id = ${opts.actor.id} returning id`);
  if (r.rows.length === 0) throw new AppError('not_found');
}
