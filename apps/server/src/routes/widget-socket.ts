import { WidgetClientMessage, type DomainEvent, type WidgetServerMessage } from '@balie/contracts';
import { readVisitorToken } from '@balie/channels';
import { lastEventSeq, publishPresence, subscribePresence } from '@balie/core';
import { conversationThread, currentVisitorConversation, loadVisitorMessage } from '@balie/core/widget';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { keepAlive } from './keep-alive';
import type { RouteDeps } from './types';
import { pageOrigin, requireWidget } from './widget-guard';

const MAX_BUFFERED_BYTES = 1024 * 1024;
const TYPING_PER_10S = 20;
const THREAD_CACHE = 10_000;

interface VisitorSocket {
  socket: WebSocket;
  accountId: string;
  connectionId: string;
  visitorId: string;
  /** This visitor's conversations seen so far. */
  conversations: Set<string>;
  contactId: string | undefined;
}

/**
 * The visitor's live line: `GET /widget/socket?token=…&visitor=…&page=…&after=N`. It streams the
 * account's events from N, but passes on only this visitor's own messages and the replies in
 * their threads (never notes, never anything of another conversation), and agents' typing in
 * their conversation. After a drop the app reconnects with the last number it saw and gets
 * exactly what it missed.
 */
export async function widgetSocketRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db } = deps.database;
  // Which widget thread a conversation is: asked once per conversation per process, not per socket.
  const threads = new Map<string, string | null>();
  async function threadOf(accountId: string, conversationId: string): Promise<string | null> {
    const cached = threads.get(conversationId);
    if (cached !== undefined) return cached;
    const t = await conversationThread({ db, accountId, conversationId });
    const key = t ? `${t.connectionId}:${t.threadKey}` : null;
    if (threads.size >= THREAD_CACHE) threads.delete(threads.keys().next().value!);
    threads.set(conversationId, key);
    return key;
  }

  const sockets = new Set<VisitorSocket>();
  const stopPresence = await subscribePresence(deps.database, (accountId, presence) => {
    for (const v of sockets) {
      if (v.accountId !== accountId || !v.conversations.has(presence.conversationId) || presence.userId === v.contactId) continue;
      const m: WidgetServerMessage =
        presence.state === 'viewing'
          ? { kind: 'seen' }
          : { kind: 'typing', name: presence.userName, typing: presence.state === 'typing' };
      send(v.socket, m);
    }
  });
  app.addHook('onClose', async () => stopPresence());

  app.get('/widget/socket', { websocket: true, schema: { hide: true } }, async (socket, req) => {
    const q = req.query as Record<string, string | undefined>;
    let widget;
    try {
      widget = await requireWidget(db, req, q.token, pageOrigin(req, q.page));
    } catch (err) {
      socket.close(4403, (err as { code?: string }).code ?? 'refused');
      return;
    }
    const visitorId = readVisitorToken(widget.config.visitorSecret, q.visitor);
    if (!visitorId) {
      socket.close(4401, 'invalid_visitor_token');
      return;
    }
    const { accountId, connectionId } = widget;
    const scope = { accountId, connectionId, visitorId };
    const current = await currentVisitorConversation({ db, ...scope });
    const v: VisitorSocket = {
      socket,
      accountId,
      connectionId,
      visitorId,
      conversations: new Set(current ? [current.conversationId] : []),
      contactId: current?.contactId,
    };
    const after = Number(q.after);
    const start = Number.isSafeInteger(after) && after >= 0 ? after : await lastEventSeq({ db, accountId });
    send(socket, { kind: 'hello', lastSeq: start });

    // Events are handled one after another so that the visitor gets them in order.
    let chain: Promise<void> = Promise.resolve();
    const subscription = deps.events.subscribe(accountId, start, (event) => {
      chain = chain.then(() => forward(v, event)).catch(() => socket.close(1011, 'try again'));
    });
    async function forward(v: VisitorSocket, event: DomainEvent): Promise<void> {
      if (event.type !== 'message.created' || socket.readyState !== socket.OPEN) return;
      const p = event.payload as { conversationId: string; messageId: string; direction: string };
      if (p.direction === 'note') return;
      if ((await threadOf(accountId, p.conversationId)) !== `${connectionId}:${visitorId}`) return;
      v.conversations.add(p.conversationId);
      const message = await loadVisitorMessage({ db, ...scope, messageId: p.messageId });
      if (message) send(socket, { kind: 'message', seq: event.seq, message });
      // A new conversation started: the visitor's contact is known now (typing goes out under it).
      if (!v.contactId) v.contactId = (await currentVisitorConversation({ db, ...scope }))?.contactId;
    }
    sockets.add(v);

    let budget = TYPING_PER_10S;
    const refill = setInterval(() => (budget = TYPING_PER_10S), 10_000);
    refill.unref();
    let typingChain: Promise<void> = Promise.resolve();
    socket.on('message', (data) => {
      if (--budget < 0) return;
      const parsed = WidgetClientMessage.safeParse(safeJson(String(data)));
      if (!parsed.success) return;
      const { typing } = parsed.data;
      typingChain = typingChain
        .then(async () => {
          const conv = await currentVisitorConversation({ db, ...scope });
          if (!conv) return; // no conversation yet: nobody to tell
          await publishPresence(deps.database, accountId, {
            conversationId: conv.conversationId,
            userId: conv.contactId,
            userName: conv.contactName,
            state: typing ? 'typing' : 'left',
          });
        })
        .catch(() => undefined);
    });

    keepAlive(socket);
    socket.on('close', () => {
      clearInterval(refill);
      subscription.close();
      sockets.delete(v);
    });
  });
}

function send(socket: WebSocket, message: WidgetServerMessage) {
  if (socket.readyState !== socket.OPEN) return;
  // A visitor that cannot keep up is dropped; the app reconnects and catches up from the table.
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) socket.close(4008, 'too slow');
  else socket.send(JSON.stringify(message));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
