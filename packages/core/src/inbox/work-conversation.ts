import { AppError, type ConversationSummary, type Urgency } from '@balie/contracts';
import { sql, type Db, type SQL } from '@balie/db';
import type { Actor, Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import type { ConversationRow } from './conversation-row';
import { loadConversation, loadConversationRow } from './load-conversation';
import { arrayLiteral } from '../db-util';

type Change = Record<string, { from: unknown; to: unknown }>;

/**
 * Runs one change to a conversation: lock it, check, update, audit, announce. Every move an
 * agent makes (assign, urgency, labels, snooze, pending, resolve, reopen) goes through here.
 */
async function changeConversation(
  opts: Ctx & { conversationId: string },
  action: string,
  plan: (tx: Db, row: ConversationRow, actor: Actor) => Promise<{ set: SQL; changes: Change } | null>,
): Promise<ConversationSummary> {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    const row = await loadConversationRow(tx, actor.accountId, opts.conversationId, true);
    const step = await plan(tx, row, actor);
    if (step && Object.keys(step.changes).length > 0) {
      await tx.execute(sql`update conversations set ${step.set}, updated_at = now() where id = ${opts.conversationId}`);
      await recordAudit({ tx, actor, action, targetType: 'conversation', targetId: opts.conversationId, changes: step.changes });
      await emitEvent({
        tx,
        accountId: actor.accountId,
        type: 'conversation.updated',
        payload: { conversationId: opts.conversationId, changes: Object.keys(step.changes) },
        actorId: actor.id,
      });
    }
    return loadConversation(tx, actor.accountId, opts.conversationId);
  });
}

export function assignConversation(
  opts: Ctx & {
    conversationId: string;
    assigneeId?: string | null | undefined;
    teamId?: string | null | undefined;
    handoverNote?: string | undefined;
  },
) {
  return changeConversation(opts, 'conversation.assigned', async (tx, row, actor) => {
    const changes: Change = {};
    if (opts.assigneeId !== undefined && opts.assigneeId !== row.assignee_id) {
      if (opts.assigneeId) {
        const member = await tx.execute(sql`select 1 from memberships where account_id = ${actor.accountId}
          and user_id = ${opts.assigneeId} and role <> 'viewer'`);
        if (member.rows.length === 0) throw new AppError('not_a_member');
      }
      changes.assigneeId = { from: row.assignee_id, to: opts.assigneeId };
    }
    if (opts.teamId !== undefined && opts.teamId !== row.team_id) {
      if (opts.teamId) {
        const team = await tx.execute(sql`select 1 from teams where id = ${opts.teamId} and account_id = ${actor.accountId}`);
        if (team.rows.length === 0) throw new AppError('not_found', 'Unknown team.');
      }
      changes.teamId = { from: row.team_id, to: opts.teamId };
    }
    if (opts.handoverNote !== undefined) changes.handoverNote = { from: row.handover_note, to: opts.handoverNote || null };
    const assignee = 'assigneeId' in changes ? (opts.assigneeId ?? null) : (row.assignee_id as string | null);
    const team = 'teamId' in changes ? (opts.teamId ?? null) : (row.team_id as string | null);
    const note = 'handoverNote' in changes ? opts.handoverNote || null : (row.handover_note as string | null);
    return { set: sql`assignee_id = ${assignee}, team_id = ${team}, handover_note = ${note}`, changes };
  });
}

export function setUrgency(opts: Ctx & { conversationId: string; urgency: Urgency }) {
  return changeConversation(opts, 'conversation.urgency_changed', async (_tx, row) =>
    row.urgency === opts.urgency
      ? null
      : {
          set: sql`urgency = ${opts.urgency}, urgency_manual = true`,
          changes: { urgency: { from: row.urgency, to: opts.urgency } },
        },
  );
}

export function setLabels(opts: Ctx & { conversationId: string; labelIds: string[] }) {
  return changeConversation(opts, 'conversation.labels_changed', async (tx, row, actor) => {
    const wanted = [...new Set(opts.labelIds)].sort();
    if (wanted.length > 0) {
      const known = await tx.execute(sql`select count(*)::int as n from labels
        where account_id = ${actor.accountId} and id = any(${arrayLiteral(wanted)}::uuid[])`);
      if ((known.rows[0] as { n: number }).n !== wanted.length) throw new AppError('not_found', 'Unknown label.');
    }
    const before = [...((row.label_ids as string[] | null) ?? [])].sort();
    if (before.join() === wanted.join()) return null;
    return { set: sql`label_ids = ${arrayLiteral(wanted)}::uuid[]`, changes: { labelIds: { from: before, to: wanted } } };
  });
}

export function snoozeConversation(opts: Ctx & { conversationId: string; until: string }) {
  return changeConversation(opts, 'conversation.snoozed', async (_tx, row) => {
    if (new Date(opts.until).getTime() <= Date.now()) throw new AppError('snooze_in_past');
    if (row.status === 'resolved') throw new AppError('invalid_transition');
    return {
      set: sql`status = 'snoozed', snoozed_until = ${opts.until}::timestamptz`,
      changes: { status: { from: row.status, to: 'snoozed' }, snoozedUntil: { from: row.snoozed_until, to: opts.until } },
    };
  });
}

export function markPending(opts: Ctx & { conversationId: string }) {
  return changeConversation(opts, 'conversation.pending', async (_tx, row) => {
    if (row.status === 'resolved') throw new AppError('invalid_transition');
    if (row.status === 'pending') return null;
    // Pending means we wait on the customer: they no longer wait on us.
    return {
      set: sql`status = 'pending', snoozed_until = null, waiting_since = null`,
      changes: { status: { from: row.status, to: 'pending' } },
    };
  });
}

/** Resolving needs a category: the reason is what the reports learn from. */
export function resolveConversation(opts: Ctx & { conversationId: string; categoryId: string; at?: Date }) {
  return changeConversation(opts, 'conversation.resolved', async (tx, row, actor) => {
    if (row.status === 'resolved') throw new AppError('invalid_transition');
    const category = await tx.execute(
      sql`select 1 from resolution_categories where id = ${opts.categoryId} and account_id = ${actor.accountId}`,
    );
    if (category.rows.length === 0) throw new AppError('not_found', 'Unknown resolution category.');
    const at = (opts.at ?? new Date()).toISOString();
    return {
      set: sql`status = 'resolved', category_id = ${opts.categoryId}, resolved_at = ${at}::timestamptz, snoozed_until = null,
        waiting_since = null`,
      changes: { status: { from: row.status, to: 'resolved' }, categoryId: { from: row.category_id, to: opts.categoryId } },
    };
  });
}

export function reopenConversation(opts: Ctx & { conversationId: string }) {
  return changeConversation(opts, 'conversation.reopened', async (_tx, row) => {
    if (row.status === 'open') return null;
    return {
      set: sql`status = 'open', snoozed_until = null, resolved_at = null`,
      changes: { status: { from: row.status, to: 'open' } },
    };
  });
}
