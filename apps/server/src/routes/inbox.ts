import {
  AssignRequest,
  ConversationDetail,
  ConversationSummary,
  IdParam,
  LabelsRequest,
  Message,
  MessagePage,
  MessagesQuery,
  NoteRequest,
  QueuePage,
  QueueQuery,
  ReplyRequest,
  ResolveRequest,
  MergeConversationRequest,
  MentionList,
  MessageRevisionList,
  MentionsQuery,
  Ok,
  SearchQuery,
  SearchResults,
  SnoozeRequest,
  TabCounts,
  UrgencyRequest,
} from '@balie/contracts';
import {
  addConversationNote,
  assignConversation,
  countTabs,
  createReply,
  getConversation,
  listMessages,
  listQueue,
  markPending,
  reopenConversation,
  resolveConversation,
  mergeConversations,
  listMyMentions,
  getMessageRevisions,
  markMentionRead,
  searchInbox,
  setLabels,
  setUrgency,
  snoozeConversation,
} from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctx, type RouteDeps } from './types';

const Empty = z.strictObject({}).optional();
const CountsQuery = QueueQuery.omit({ tab: true, cursor: true, limit: true });

/** The queue, a conversation with its customer, and every move an agent makes on it. */
export async function inboxRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['inbox'];
  const id = { params: IdParam };

  r.get('/api/conversations', { schema: { tags, querystring: QueueQuery, response: { 200: QueuePage } } }, (req) =>
    listQueue({ ...ctx(req, deps), query: req.query }),
  );
  r.get('/api/conversations/counts', { schema: { tags, querystring: CountsQuery, response: { 200: TabCounts } } }, (req) =>
    countTabs({ ...ctx(req, deps), filters: req.query }),
  );
  r.get('/api/conversations/:id', { schema: { tags, ...id, response: { 200: ConversationDetail } } }, (req) =>
    getConversation({ ...ctx(req, deps), conversationId: req.params.id }),
  );
  r.get(
    '/api/conversations/:id/messages',
    { schema: { tags, ...id, querystring: MessagesQuery, response: { 200: MessagePage } } },
    (req) => listMessages({ ...ctx(req, deps), conversationId: req.params.id, ...req.query }),
  );
  r.post(
    '/api/conversations/:id/reply',
    { schema: { tags, ...id, body: ReplyRequest, response: { 201: Message } } },
    async (req, reply) =>
      reply.code(201).send(await createReply({ ...ctx(req, deps), conversationId: req.params.id, ...req.body })),
  );
  r.post(
    '/api/conversations/:id/notes',
    { schema: { tags, ...id, body: NoteRequest, response: { 201: Message } } },
    async (req, reply) =>
      reply.code(201).send(await addConversationNote({ ...ctx(req, deps), conversationId: req.params.id, body: req.body.body })),
  );
  const move = { tags, ...id, response: { 200: ConversationSummary } };
  r.post('/api/conversations/:id/assign', { schema: { ...move, body: AssignRequest } }, (req) =>
    assignConversation({ ...ctx(req, deps), conversationId: req.params.id, ...req.body }),
  );
  r.post('/api/conversations/:id/urgency', { schema: { ...move, body: UrgencyRequest } }, (req) =>
    setUrgency({ ...ctx(req, deps), conversationId: req.params.id, urgency: req.body.urgency }),
  );
  r.put('/api/conversations/:id/labels', { schema: { ...move, body: LabelsRequest } }, (req) =>
    setLabels({ ...ctx(req, deps), conversationId: req.params.id, labelIds: req.body.labelIds }),
  );
  r.post('/api/conversations/:id/snooze', { schema: { ...move, body: SnoozeRequest } }, (req) =>
    snoozeConversation({ ...ctx(req, deps), conversationId: req.params.id, until: req.body.until }),
  );
  r.post('/api/conversations/:id/pending', { schema: { ...move, body: Empty } }, (req) =>
    markPending({ ...ctx(req, deps), conversationId: req.params.id }),
  );
  r.post('/api/conversations/:id/resolve', { schema: { ...move, body: ResolveRequest } }, (req) =>
    resolveConversation({ ...ctx(req, deps), conversationId: req.params.id, categoryId: req.body.categoryId }),
  );
  r.post('/api/conversations/:id/reopen', { schema: { ...move, body: Empty } }, (req) =>
    reopenConversation({ ...ctx(req, deps), conversationId: req.params.id }),
  );

  r.post('/api/conversations/:id/merge', { schema: { ...move, body: MergeConversationRequest } }, (req) =>
    mergeConversations({ ...ctx(req, deps), targetId: req.params.id, sourceId: req.body.sourceConversationId }),
  );
  r.get('/api/messages/:id/revisions', { schema: { tags, ...id, response: { 200: MessageRevisionList } } }, (req) =>
    getMessageRevisions({ ...ctx(req, deps), messageId: req.params.id }),
  );
  r.get('/api/mentions', { schema: { tags, querystring: MentionsQuery, response: { 200: MentionList } } }, (req) =>
    listMyMentions({ ...ctx(req, deps), unreadOnly: req.query.unread === 'true' }),
  );
  r.post('/api/mentions/:id/read', { schema: { tags, ...id, response: { 200: Ok } } }, async (req) => {
    await markMentionRead({ ...ctx(req, deps), mentionId: req.params.id });
    return { ok: true as const };
  });

  r.get('/api/search', { schema: { tags, querystring: SearchQuery, response: { 200: SearchResults } } }, (req) =>
    searchInbox({ ...ctx(req, deps), query: req.query }),
  );
}
