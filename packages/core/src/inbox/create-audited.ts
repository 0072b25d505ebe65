import { AppError } from '@balie/contracts';
import type { Ctx } from '../context';
import { isUniqueViolation } from '../db-util';
import { recordAudit, type Changes } from '../audit/record-audit';

/**
 * Creates a named thing of the account (label, category, team, contact attribute) and audits it
 * in one transaction; a name that exists already is name_taken, not a 500.
 */
export async function createAudited(
  opts: Ctx,
  kind: string,
  changes: Changes,
  insert: (tx: Ctx['db']) => Promise<{ rows: Array<Record<string, unknown>> }>,
  takenMessage?: string,
): Promise<string> {
  try {
    return await opts.db.transaction(async (tx) => {
      const id = (await insert(tx)).rows[0]!.id as string;
      await recordAudit({ tx, actor: opts.actor, action: `${kind}.created`, targetType: kind, targetId: id, changes });
      return id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('name_taken', takenMessage ?? `A ${kind} with this name already exists.`);
    throw err;
  }
}
