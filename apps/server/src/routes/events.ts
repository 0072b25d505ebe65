import { AppError, EventPage, EventsQuery, can } from '@balie/contracts';
import { lastEventSeq, listEventsAfter } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authenticate } from '../plugins/auth';
import { ctx, type RouteDeps } from './types';

const AFTER = /[?&]after=(\d+)/;
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const HEARTBEAT_MS = 30_000;

/**
 * The account's domain events: as a page over HTTP, and live over a WebSocket that starts after
 * the last sequence number the client saw, so a reconnect misses nothing and repeats nothing.
 */
export async function eventRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

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
    // Half-open connections (a laptop lid closed) never say goodbye: ping, and drop the silent.
    let alive = true;
    socket.on('pong', () => (alive = true));
    const heartbeat = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, HEARTBEAT_MS);
    heartbeat.unref();
    socket.on('close', () => {
      clearInterval(heartbeat);
      subscription.close();
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
