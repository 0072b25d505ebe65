import { AppError, type Member, type Role } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso, isUniqueViolation } from '../db-util';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { assertCan } from '../auth/assert-can';
import { hashPassword } from '../auth/password';

interface MemberRow {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  created_at: Date | string;
}

const toMember = (r: MemberRow): Member => ({
  userId: r.user_id,
  name: r.name,
  email: r.email,
  role: r.role,
  createdAt: iso(r.created_at),
});

export async function listMembers(opts: Ctx) {
  assertCan(opts.actor, 'members.read');
  const r = await opts.db.execute(sql`select m.user_id, u.name, u.email, m.role, m.created_at
    from memberships m join users u on u.id = m.user_id where m.account_id = ${opts.actor.accountId}
    order by u.name, u.id`);
  return { items: (r.rows as unknown as MemberRow[]).map(toMember) };
}

/** Adds a new user to the account with an initial password (invitations by e-mail come with the e-mail channel). */
export async function addMember(opts: Ctx & { name: string; email: string; role: Role; password: string }) {
  assertCan(opts.actor, 'members.manage');
  const { actor } = opts;
  const passwordHash = await hashPassword(opts.password);
  try {
    return await opts.db.transaction(async (tx) => {
      const u = await tx.execute(sql`insert into users (email, name, password_hash)
        values (${opts.email.trim()}, ${opts.name}, ${passwordHash}) returning id`);
      const userId = (u.rows[0] as { id: string }).id;
      const m = await tx.execute(sql`insert into memberships (account_id, user_id, role)
        values (${actor.accountId}, ${userId}, ${opts.role}) returning created_at`);
      await recordAudit({
        tx,
        actor,
        action: 'member.added',
        targetType: 'user',
        targetId: userId,
        changes: { name: opts.name, email: opts.email, role: opts.role },
      });
      await emitEvent({
        tx,
        accountId: actor.accountId,
        type: 'member.added',
        payload: { userId, name: opts.name, email: opts.email, role: opts.role },
        actorId: actor.id,
      });
      return toMember({
        user_id: userId,
        name: opts.name,
        email: opts.email,
        role: opts.role,
        created_at: (m.rows[0] as { created_at: Date }).created_at,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('email_taken');
    throw err;
  }
}

async function lockMember(tx: Db, accountId: string, userId: string): Promise<Role> {
  // Lock all admin rows of the account: two admins demoting each other at once cannot leave none.
  await tx.execute(sql`select 1 from memberships where account_id = ${accountId} and role = 'admin' for update`);
  const r = await tx.execute(
    sql`select role from memberships where account_id = ${accountId} and user_id = ${userId} for update`,
  );
  const row = r.rows[0] as { role: Role } | undefined;
  if (!row) throw new AppError('not_found');
  return row.role;
}

async function assertAnotherAdmin(tx: Db, accountId: string, userId: string): Promise<void> {
  const r = await tx.execute(sql`select count(*)::int as n from memberships
    where account_id = ${accountId} and role = 'admin' and user_id <> ${userId}`);
  if ((r.rows[0] as { n: number }).n === 0) throw new AppError('last_admin');
}

export async function updateMemberRole(opts: Ctx & { userId: string; role: Role }) {
  assertCan(opts.actor, 'members.manage');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    const old = await lockMember(tx, actor.accountId, opts.userId);
    if (old === 'admin' && opts.role !== 'admin') await assertAnotherAdmin(tx, actor.accountId, opts.userId);
    const r = await tx.execute(sql`update memberships m set role = ${opts.role} from users u
      where m.account_id = ${actor.accountId} and m.user_id = ${opts.userId} and u.id = m.user_id
      returning m.user_id, u.name, u.email, m.role, m.created_at`);
    if (old !== opts.role) {
      await recordAudit({
        tx,
        actor,
        action: 'member.updated',
        targetType: 'user',
        targetId: opts.userId,
        changes: { role: { from: old, to: opts.role } },
      });
      await emitEvent({
        tx,
        accountId: actor.accountId,
        type: 'member.updated',
        payload: { userId: opts.userId, role: opts.role },
        actorId: actor.id,
      });
    }
    return toMember(r.rows[0] as unknown as MemberRow);
  });
}

/** Removes a member from the account and ends their sessions in it. */
export async function removeMember(opts: Ctx & { userId: string }): Promise<void> {
  assertCan(opts.actor, 'members.manage');
  const { actor } = opts;
  await opts.db.transaction(async (tx) => {
    const old = await lockMember(tx, actor.accountId, opts.userId);
    if (old === 'admin') await assertAnotherAdmin(tx, actor.accountId, opts.userId);
    await tx.execute(sql`delete from memberships where account_id = ${actor.accountId} and user_id = ${opts.userId}`);
    await tx.execute(sql`delete from sessions where account_id = ${actor.accountId} and user_id = ${opts.userId}`);
    await recordAudit({ tx, actor, action: 'member.removed', targetType: 'user', targetId: opts.userId, changes: { role: old } });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'member.removed',
      payload: { userId: opts.userId },
      actorId: actor.id,
    });
  });
}
