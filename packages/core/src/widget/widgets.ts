import { AppError, WidgetSettings } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { findConnectionByTokenHash, type ChannelConnectionRow } from '../channels/connections';
import { createConnection } from '../inbox/settings';
import type { Db } from '@balie/db';

/**
 * Widget connections for admins: the settings and the public token, never the secrets. The config
 * (secrets included) is made by the web_chat adapter in the server; core stores and scopes it.
 */
export interface WidgetAdminView {
  connectionId: string;
  name: string;
  widgetToken: string;
  settings: WidgetSettings;
}

function toView(r: Record<string, unknown>): WidgetAdminView {
  const config = (r.config ?? {}) as { widgetToken?: string; settings?: unknown };
  return {
    connectionId: r.id as string,
    name: r.name as string,
    widgetToken: config.widgetToken ?? '',
    settings: WidgetSettings.parse(config.settings ?? { texts: { nl: {}, en: {} } }),
  };
}

/** The widget of a public widget token, for the loader and the visitors (no actor: the token names it). */
export async function findWidget(opts: { db: Db; tokenHash: string }): Promise<ChannelConnectionRow | undefined> {
  const row = await findConnectionByTokenHash(opts);
  return row?.kind === 'web_chat' ? row : undefined;
}

export async function listWidgets(opts: Ctx): Promise<{ items: WidgetAdminView[] }> {
  assertCan(opts.actor, 'inbox.settings');
  const r = await opts.db.execute(sql`select id, name, config from channel_connections
    where account_id = ${opts.actor.accountId} and kind = 'web_chat' order by created_at, id`);
  return { items: r.rows.map(toView) };
}

export async function getWidget(opts: Ctx & { connectionId: string }): Promise<WidgetAdminView> {
  assertCan(opts.actor, 'inbox.settings');
  const r = await opts.db.execute(sql`select id, name, config from channel_connections
    where id = ${opts.connectionId} and account_id = ${opts.actor.accountId} and kind = 'web_chat'`);
  if (!r.rows[0]) throw new AppError('not_found');
  return toView(r.rows[0]);
}

/** A new widget from the adapter's config (with generated secrets). */
export async function createWidget(
  opts: Ctx & { name: string; config: Record<string, unknown>; tokenHash: string },
): Promise<WidgetAdminView> {
  const created = await createConnection({ ...opts, kind: 'web_chat' });
  return getWidget({ ...opts, connectionId: created.id });
}

export async function updateWidgetSettings(
  opts: Ctx & { connectionId: string; settings: WidgetSettings },
): Promise<WidgetAdminView> {
  assertCan(opts.actor, 'account.manage');
  await opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update channel_connections
      set config = jsonb_set(config, '{settings}', ${JSON.stringify(opts.settings)}::jsonb)
      where id = ${opts.connectionId} and account_id = ${opts.actor.accountId} and kind = 'web_chat' returning id`);
    if (!r.rows[0]) throw new AppError('not_found');
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'widget.settings_updated',
      targetType: 'connection',
      targetId: opts.connectionId,
      changes: { settings: opts.settings },
    });
  });
  return getWidget(opts);
}

/** A new identity secret (the old one stops working at once); the caller shows it once. */
export async function replaceIdentitySecret(opts: Ctx & { connectionId: string; identitySecret: string }): Promise<void> {
  assertCan(opts.actor, 'account.manage');
  await opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update channel_connections
      set config = jsonb_set(config, '{identitySecret}', to_jsonb(${opts.identitySecret}::text))
      where id = ${opts.connectionId} and account_id = ${opts.actor.accountId} and kind = 'web_chat' returning id`);
    if (!r.rows[0]) throw new AppError('not_found');
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'widget.identity_secret_replaced',
      targetType: 'connection',
      targetId: opts.connectionId,
    });
  });
}
