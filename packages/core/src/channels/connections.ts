import { sql, type Db } from '@balie/db';

/** A connection as the channel jobs and receivers need it (system use: no actor, by id or token). */
export interface ChannelConnectionRow {
  id: string;
  accountId: string;
  kind: string;
  name: string;
  config: Record<string, unknown>;
  allowPrivateNetwork: boolean;
}

const SELECT = sql`select id, account_id, kind, name, config, allow_private_network from channel_connections`;

function toRow(r: Record<string, unknown>): ChannelConnectionRow {
  return {
    id: r.id as string,
    accountId: r.account_id as string,
    kind: r.kind as string,
    name: r.name as string,
    config: (r.config ?? {}) as Record<string, unknown>,
    allowPrivateNetwork: r.allow_private_network as boolean,
  };
}

/** By id, for webhook receivers (the URL carries the id; the signature proves the sender). */
export async function loadConnection(opts: { db: Db; connectionId: string }): Promise<ChannelConnectionRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(opts.connectionId)) return undefined;
  const r = await opts.db.execute(sql`${SELECT} where id = ${opts.connectionId}`);
  return r.rows[0] ? toRow(r.rows[0]) : undefined;
}

/** By the SHA-256 of the token a source sent (API channel). */
export async function findConnectionByTokenHash(opts: { db: Db; tokenHash: string }): Promise<ChannelConnectionRow | undefined> {
  const r = await opts.db.execute(sql`${SELECT} where token_hash = ${opts.tokenHash}`);
  return r.rows[0] ? toRow(r.rows[0]) : undefined;
}
