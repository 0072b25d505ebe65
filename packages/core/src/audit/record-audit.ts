import { sql, type Db } from '@balie/db';
import type { Actor } from '../context';

/** Keys whose values never enter the audit log, whatever a caller passes. */
const SECRET_KEY = /pass(word)?|secret|token|hash|cookie|authorization/i;

export type Changes = Record<string, unknown>;
/** Who made a change: a member, an API token, or Balie itself on a channel's behalf (no role needed). */
export type AuditActor = Pick<Actor, 'type' | 'id' | 'name' | 'accountId' | 'ip'>;

/** Records a change in the caller's transaction: it is audited exactly when it happens. */
export async function recordAudit(opts: {
  tx: Db;
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId?: string | null;
  changes?: Changes;
}): Promise<void> {
  const { actor } = opts;
  await opts.tx.execute(sql`
    insert into audit_log (account_id, actor_type, actor_id, actor_name, action, target_type, target_id, changes, ip)
    values (${actor.accountId}, ${actor.type}, ${actor.id}, ${actor.name}, ${opts.action}, ${opts.targetType},
            ${opts.targetId ?? null}, ${JSON.stringify(redactSecrets(opts.changes ?? {}))}::jsonb, ${actor.ip ?? null})`);
}

export function redactSecrets(value: Changes): Changes {
  const out: Changes = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[key] = redactSecrets(v as Changes);
    else out[key] = v;
  }
  return out;
}
