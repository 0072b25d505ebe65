import { AppError, EventPage, EventsQuery, RealtimeClientMessage, can, type Presence } from '@balie/contracts';
import { lastEventSeq, listEventsAfter, publishPresence, subscribePresence } from '@balie/core';
import type { WebSocket } from 'ws';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authenticate } from '../plugins/auth';
import { keepAlive } from './keep-alive';
import { ctx, type RouteDeps } from './types';

const AFTER = /[?&]after=(\d+)/;
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const PRESENCE_BURST = 20;

/**
 * The account's domain events: as a page over HTTP, and live over a WebSocket that starts after
 * the last sequence number the client saw, so a reconnect misses nothing and repeats nothing.
 */
export async function eventRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  // Presence from any process reaches this process's sockets of the same account.
  const socketsByAccount = new Map<string, Set<WebSocket>>();
  const stopPresence = await subscribePresence(deps.database, (accountId, presence) => {
    const message = JSON.stringify({ kind: 'presence', presence });
    for (const s of socketsByAccount.get(accountId) ?? []) if (s.bufferedAmount < MAX_BUFFERED_BYTES) s.send(message);
  });
  app.addHook('onClose', async () => stopPresence());

  r.get(
    '/api/events',
    { schema: { tags: ['realtime'], querystring: EventsQuery, response: { 200: EventPage } } },
    async (req) => {
      const { actor } = ctx(req, deps);
      if (!can(actor.role, 'events.read')) throw new AppError('forbidden');
      const [items, lastSeq] = await Promise.all([
        listEventsAfter({ db, accountId: actor.accountId, after: req.query.after, limit: req.query.limit }),
        lastEventSeq({ db, accountId: actor.accountId }),
      ]);
      return { items, lastSeq };
    },
  );

  app.get('/api/realtime', { websocket: true, config: { public: true }, schema: { hide: true } }, async (socket, req) => {
    let auth;
    try {
      // Browsers cannot set headers on a WebSocket: the cookie authenticates, the Origin check
      // stops other sites from opening a socket with it.
      if (req.headers.origin && !originAllowed(req.headers.origin, req.headers.host, deps.config.BALIE_ALLOWED_ORIGINS)) {
        socket.close(4403, 'origin not allowed');
        return;
      }
      auth = await authenticate(req, deps.database);
    } catch {
      socket.close(4401, 'unauthenticated');
      return;
    }
    const { accountId } = auth.actor;
    const after = Number(AFTER.exec(req.url)?.[1] ?? NaN);
    const start = Number.isSafeInteger(after) ? after : await lastEventSeq({ db, accountId });
    socket.send(JSON.stringify({ kind: 'hello', lastSeq: start }));
    const subscription = deps.events.subscribe(accountId, start, (_event, json) => {
      // A client that cannot keep up is dropped; it reconnects and catches up from the table.
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) socket.close(4008, 'too slow');
      else socket.send(`{"kind":"event","event":${json}}`);
    });
    let sockets = socketsByAccount.get(accountId);
    if (!sockets) socketsByAccount.set(accountId, (sockets = new Set()));
    sockets.add(socket);
    const actor = auth.actor;
    let budget = PRESENCE_BURST;
    // Conversations this socket is present in: a closed socket (crashed browser) leaves them at once.
    const present = new Set<string>();
    const refill = setInterval(() => (budget = PRESENCE_BURST), 1000);
    refill.unref();
    // One socket's presence goes out in the order it was said: each NOTIFY may take another pool
    // connection, so without the chain "typing" could overtake "viewing" (or "left" overtake both).
    let published: Promise<void> = Promise.resolve();
    const publish = (conversationId: string, state: Presence['state'], userId: string) => {
      published = published
        .then(() => publishPresence(deps.database, accountId, { conversationId, state, userId, userName: actor.name }))
        .catch(() => undefined);
    };
    socket.on('message', (data) => {
      // Only signed-in people have presence; a flood beyond the budget is dropped.
      if (actor.type !== 'user' || !actor.id || --budget < 0) return;
      const parsed = RealtimeClientMessage.safeParse(safeJson(String(data)));
      if (!parsed.success) return;
      const { conversationId, state } = parsed.data;
      if (state === 'typing' && !can(actor.role, 'conversations.work')) return;
      if (state === 'left') present.delete(conversationId);
      else if (present.size < 50) present.add(conversationId);
      publish(conversationId, state, actor.id);
    });

    keepAlive(socket);
    socket.on('close', () => {
      clearInterval(refill);
      subscription.close();
      sockets.delete(socket);
      if (sockets.size === 0) socketsByAccount.delete(accountId);
      if (actor.type === 'user' && actor.id) {
        for (const conversationId of present) publish(conversationId, 'left', actor.id);
      }
    });
  });
}

function originAllowed(origin: string, host: string | undefined, extra: string[]): boolean {
  try {
    return new URL(origin).host === host || extra.includes(origin);
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
