/**
 * Writes the planned demo into an account through the public use-cases: each conversation in its
 * final state at once via importConversation (as a channel's history import would), with the
 * replies and notes as the agent who wrote them and their past timestamps; notes on customers
 * via addContactNote. Nothing is written to the database directly. One transaction of a handful
 * of statements per conversation instead of one use-case per step: thousands of conversations in
 * well under a minute, even on the embedded database.
 */
import { addContactNote, importConversation, type Actor, type Db, type ImportedMessage } from '@balie/core';
import { identityOn } from './people';
import { planDemo, type ConversationPlan } from './plan';
import type { CategoryName } from './scenario';
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

/**
 * One conversation in its final state, written at once: its messages (replies and notes as the
 * agent who wrote them), labels, urgency, owner and status, then a note on the customer.
 */
async function playConversation(db: Db, admin: Actor, ws: Workspace, plan: ConversationPlan): Promise<number> {
  let actor = admin;
  let n = 0;
  let replies = 0;
  let resolve: { at: number; category: CategoryName } | null = null;
  const messages: ImportedMessage[] = [];
  for (const step of plan.steps) {
    const at = new Date(step.at).toISOString();
    if (step.type === 'inbound') {
      messages.push({ direction: 'inbound', body: step.body, at, externalId: `${plan.threadKey}-${n++}` });
      continue;
    }
    actor = ws.agents[step.agent]!;
    if (step.type === 'resolve') resolve = step;
    else messages.push({ direction: step.type === 'reply' ? 'outbound' : 'note', body: step.body, at, authorId: actor.id });
    if (step.type === 'reply') replies++;
  }
  const { agent, team, handoverNote } = plan.assign ?? { agent: null, team: null };
  const { contactId } = await importConversation({
    db,
    actor: admin,
    input: {
      connectionId: ws.connections[plan.kind]!,
      threadKey: plan.threadKey,
      visibility: plan.visibility,
      sender: identityOn(plan.kind, plan.customer),
      messages,
      status: plan.status,
      urgency: plan.urgency ?? undefined,
      labelIds: plan.labels.map((l) => ws.labels[l]),
      assigneeId: agent === null ? null : ws.agents[agent]!.id,
      teamId: team === null ? null : ws.teams[team],
      handoverNote,
      categoryId: resolve ? ws.categories[resolve.category] : null,
      resolvedAt: resolve ? new Date(resolve.at).toISOString() : undefined,
      snoozedUntil: plan.snoozeUntil === null ? undefined : new Date(plan.snoozeUntil).toISOString(),
    },
  });
  // A note on the customer is written by whoever handled the conversation last.
  if (plan.contactNote) await addContactNote({ db, actor, contactId, body: plan.contactNote });
  return n + replies;
}
