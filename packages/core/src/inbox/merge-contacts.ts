import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { loadContact } from './contacts';
import { arrayLiteral } from '../db-util';

const UNDO_DAYS = 30;

interface Moved {
  identities: string[];
  conversations: string[];
  notes: string[];
}

async function moveRows(tx: Db, table: 'contact_identities' | 'conversations' | 'contact_notes', ids: string[], to: string) {
  if (ids.length === 0) return;
  await tx.execute(sql`update ${sql.identifier(table)} set contact_id = ${to} where id = any(${arrayLiteral(ids)}::uuid[])`);
}

/**
 * One person, two records: moves the source contact's identities, conversations and notes to the
 * target. The source is kept hidden (merged_into) with a record of what moved, so an admin can
 * undo the merge within 30 days.
 */
export async function mergeContacts(opts: Ctx & { targetContactId: string; sourceContactId: string }) {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  if (opts.targetContactId === opts.sourceContactId)
    throw new AppError('invalid_transition', 'A contact cannot be merged into itself.');
  return opts.db.transaction(async (tx) => {
    const locked = await tx.execute(sql`select id, merged_into from contacts
      where account_id = ${actor.accountId} and id = any(${arrayLiteral([opts.targetContactId, opts.sourceContactId])}::uuid[])
      order by id for update`);
    if (locked.rows.length !== 2) throw new AppError('not_found');
    if (locked.rows.some((r) => r.merged_into)) throw new AppError('invalid_transition', 'That contact was already merged.');
    const ids = async (table: string) =>
      (await tx.execute(sql`select id from ${sql.identifier(table)} where contact_id = ${opts.sourceContactId}`)).rows.map(
        (r) => r.id as string,
      );
    const moved: Moved = {
      identities: await ids('contact_identities'),
      conversations: await ids('conversations'),
      notes: await ids('contact_notes'),
    };
    await moveRows(tx, 'contact_identities', moved.identities, opts.targetContactId);
    await moveRows(tx, 'conversations', moved.conversations, opts.targetContactId);
    await moveRows(tx, 'contact_notes', moved.notes, opts.targetContactId);
    await tx.execute(
      sql`update contacts set merged_into = ${opts.targetContactId}, updated_at = now() where id = ${opts.sourceContactId}`,
    );
    const r = await tx.execute(sql`insert into contact_merges (account_id, source_contact_id, target_contact_id, moved, merged_by)
      values (${actor.accountId}, ${opts.sourceContactId}, ${opts.targetContactId}, ${JSON.stringify(moved)}::jsonb,
        ${actor.type === 'user' ? actor.id : null}) returning id, created_at`);
    const merge = r.rows[0]!;
    await recordAudit({
      tx,
      actor,
      action: 'contact.merged',
      targetType: 'contact',
      targetId: opts.targetContactId,
      changes: {
        source: opts.sourceContactId,
        mergeId: merge.id,
        moved: { identities: moved.identities.length, conversations: moved.conversations.length, notes: moved.notes.length },
      },
    });
    for (const contactId of [opts.targetContactId, opts.sourceContactId]) {
      await emitEvent({ tx, accountId: actor.accountId, type: 'contact.updated', payload: { contactId }, actorId: actor.id });
    }
    return {
      merge: {
        id: merge.id as string,
        sourceContactId: opts.sourceContactId,
        targetContactId: opts.targetContactId,
        createdAt: iso(merge.created_at as Date),
      },
      contact: await loadContact(tx, actor.accountId, opts.targetContactId),
    };
  });
}

/** Undoes a merge: moves back exactly what it moved (what still sits with the target). Admins, within 30 days. */
export async function undoContactMerge(opts: Ctx & { mergeId: string }) {
  assertCan(opts.actor, 'contacts.undo_merge');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`select source_contact_id, target_contact_id, moved, undone_at,
        created_at < now() - make_interval(days => ${UNDO_DAYS}) as expired
      from contact_merges where id = ${opts.mergeId} and account_id = ${actor.accountId} for update`);
    const m = r.rows[0];
    if (!m) throw new AppError('not_found');
    if (m.undone_at || m.expired) throw new AppError('merge_expired');
    const source = m.source_contact_id as string;
    const target = m.target_contact_id as string;
    const moved = m.moved as Moved;
    for (const [table, ids] of [
      ['contact_identities', moved.identities],
      ['conversations', moved.conversations],
      ['contact_notes', moved.notes],
    ] as const) {
      if (ids.length === 0) continue;
      await tx.execute(sql`update ${sql.identifier(table)} set contact_id = ${source}
        where id = any(${arrayLiteral(ids)}::uuid[]) and contact_id = ${target}`);
    }
    await tx.execute(sql`update contacts set merged_into = null, updated_at = now() where id = ${source}`);
    await tx.execute(sql`update contact_merges set undone_at = now() where id = ${opts.mergeId}`);
    await recordAudit({
      tx,
      actor,
      action: 'contact.merge_undone',
      targetType: 'contact',
      targetId: target,
      changes: { source, mergeId: opts.mergeId },
    });
    for (const contactId of [target, source]) {
      await emitEvent({ tx, accountId: actor.accountId, type: 'contact.updated', payload: { contactId }, actorId: actor.id });
    }
    return loadContact(tx, actor.accountId, source);
  });
}
