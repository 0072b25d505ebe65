/**
 * Plays the planned demo into an account through the public use-cases, exactly as channels and
 * agents would: customers' messages via recordInbound, replies and notes as the agent who wrote
 * them, with their past timestamps. Nothing is written to the database directly.
 */
import {
  addContactNote,
  addConversationNote,
  assignConversation,
  createReply,
  getConversation,
  markPending,
  recordInbound,
  resolveConversation,
  setLabels,
  setUrgency,
  snoozeConversation,
  type Actor,
  type Db,
} from '@balie/core';
import { identityOn } from './people';
import { planDemo, type ConversationPlan } from './plan';
import { setUpWorkspace, type Workspace } from './setup';

export interface DemoOptions {
  db: Db;
  /** The account's admin: sets the account up and routes conversations to teams. */
  admin: Actor;
  conversations: number;
  seed: number;
  /** The end of the 30 days; tests pin it so two runs are identical. */
  now?: number;
  /** Conversations played at once: 1 on PGlite (one connection), more on PostgreSQL. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary {
  conversations: number;
  messages: number;
  workspace: Workspace;
}

export async function generateDemo(opts: DemoOptions): Promise<DemoSummary> {
  const now = opts.now ?? Date.now();
  const workspace = await setUpWorkspace(opts.db, opts.admin);
  const plans = planDemo({ seed: opts.seed, conversations: opts.conversations, now });
  let next = 0;
  let done = 0;
  let messages = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++]!;
      const written = await playConversation(opts.db, opts.admin, workspace, plan);
      messages += written; // not `messages += await …`: that would lose counts between workers
      done++;
      if (done % 500 === 0 || done === plans.length) opts.onProgress?.(done, plans.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));
  return { conversations: plans.length, messages, workspace };
}

/** One conversation: its messages in order, then its labels, urgency, owner and status. */
async function playConversation(db: Db, admin: Actor, ws: Workspace, plan: ConversationPlan): Promise<number> {
  const connectionId = ws.connections[plan.kind]!;
  const sender = identityOn(plan.kind, plan.customer);
  let conversationId = '';
  let contactId: string | null = null;
  let actor = admin;
  let n = 0;
  for (const step of plan.steps) {
    const at = new Date(step.at);
    if (step.type === 'inbound') {
      const input = {
        connectionId,
        externalId: `${plan.threadKey}-${n++}`,
        threadKey: plan.threadKey,
        visibility: plan.visibility,
        body: step.body,
        sender,
        sentAt: at.toISOString(),
      };
      conversationId = (await recordInbound({ db, accountId: admin.accountId, input })).conversationId;
      continue;
    }
    actor = ws.agents[step.agent]!;
    const ctx = { db, actor, conversationId };
    if (step.type === 'reply') await createReply({ ...ctx, body: step.body, at });
    else if (step.type === 'note') await addConversationNote({ ...ctx, body: step.body, at });
    else contactId = (await resolveConversation({ ...ctx, categoryId: ws.categories[step.category], at })).contact.id;
  }
  // Routing to a team is the team lead's work; the rest is done by whoever handled the conversation.
  const ctx = { db, actor, conversationId };
  if (plan.labels.length > 0)
    contactId = (await setLabels({ ...ctx, labelIds: plan.labels.map((l) => ws.labels[l]) })).contact.id;
  if (plan.urgency) contactId = (await setUrgency({ ...ctx, urgency: plan.urgency })).contact.id;
  if (plan.assign) {
    const { agent, team, handoverNote } = plan.assign;
    const assigneeId = agent === null ? undefined : ws.agents[agent]!.id;
    const by = agent === null ? admin : actor;
    contactId = (await assignConversation({ db, actor: by, conversationId, assigneeId, teamId: ws.teams[team], handoverNote }))
      .contact.id;
  }
  if (plan.status === 'pending') await markPending(ctx);
  if (plan.status === 'snoozed') await snoozeConversation({ ...ctx, until: new Date(plan.snoozeUntil!).toISOString() });
  if (plan.contactNote) {
    contactId ??= (await getConversation(ctx)).conversation.contact.id;
    await addContactNote({ db, actor, contactId, body: plan.contactNote });
  }
  return n + plan.steps.filter((s) => s.type === 'reply').length;
}
