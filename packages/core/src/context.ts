import type { Role } from '@balie/contracts';
import type { Db } from '@balie/db';

/** Who is acting, in which account: resolved by the server from a session or an API token. */
export interface Actor {
  type: 'user' | 'token' | 'system';
  id: string | null;
  name: string;
  accountId: string;
  role: Role;
  ip?: string | undefined;
}

/** What every use-case receives: the database and the actor it acts for. */
export interface Ctx {
  db: Db;
  actor: Actor;
}

export type { Db };
