/**
 * The whole demo as data, before anything touches the database: which customer writes when, on
 * which channel, about what, and how far each conversation got. Pure and seeded, so it can be
 * checked without a database and two runs with one seed are the same.
 */
import type { ChannelKind, Urgency } from '@balie/contracts';
import type { Thread } from './compose';
import { writeScript, type Step } from './conversation';
import { decideOutcome } from './outcome';
import { drawCustomer, type Customer } from './people';
import { Rng } from './random';
import type { LabelName, Language, Mood, Scenario } from './scenario';
import { drawSlots, fill, withTopic } from './slots';
import { drawStyle } from './style';
import { EN } from './texts-en';
import { CONVERSATION_NOTES, NL } from './texts-nl';
import { ActivityCurve, DAY, HOUR, MINUTE } from './timeline';
import {
  pickAssignment,
  pickContactNote,
  pickLabels,
  pickUrgency,
  TEAM_AGENTS,
  type Assignment,
  type Status,
  type TeamName,
} from './workflow';

export type PlanStep = Step | { type: 'note'; at: number; body: string; agent: number };

export interface ConversationPlan {
  kind: ChannelKind;
  visibility: 'public' | 'private';
  threadKey: string;
  customer: Customer;
  scenario: string;
  /** In time order: messages, internal notes and the resolution. */
  steps: PlanStep[];
  status: Status;
  snoozeUntil: number | null;
  labels: LabelName[];
  urgency: Urgency | null;
  assign: Assignment | null;
  contactNote: string | null;
}

// How the Dutch reach a provider: lots of WhatsApp and X, e-mail for the long stories.
const CHANNELS: Array<readonly [ChannelKind, number]> = [
  ['whatsapp', 22],
  ['x', 20],
  ['facebook', 17],
  ['email', 14],
  ['web_chat', 14],
  ['instagram', 13],
];
const PUBLIC_SHARE: Partial<Record<ChannelKind, number>> = { x: 0.65, facebook: 0.55, instagram: 0.45 };
const SOCIAL: ChannelKind[] = ['x', 'facebook', 'instagram'];
const MOODS: Array<readonly [Mood, number]> = [
  ['neutral', 5],
  ['angry', 2.5],
  ['sarcastic', 1.5],
  ['happy', 1],
];

/** A public post where the agent asked for a DM: the customer may continue there. */
type DmInvite = Omit<Thread, 'rng' | 'style' | 'visibility'> & { scenario: Scenario; tag: string | null; askedAt: number };

export function planDemo(opts: { seed: number; conversations: number; now: number }): ConversationPlan[] {
  const { seed, now } = opts;
  const curve = new ActivityCurve(now);
  const timeRng = Rng.derive(seed, 'timeline');
  const starts = Array.from({ length: opts.conversations }, () => curve.sample(timeRng)).sort((a, b) => a - b);
  const customers: Customer[] = [];
  const lastKind = new Map<string, ChannelKind>();
  let invites: DmInvite[] = [];

  return starts.map((start, index) => {
    const rng = Rng.derive(seed, 'conversation', index);
    const outage = curve.inOutage(start);
    // Invitations nobody took up within 20 hours lapse.
    invites = invites.filter((d) => start - d.askedAt < 20 * HOUR);
    const open = invites.findIndex((d) => d.askedAt < start);
    const dm = open >= 0 && rng.chance(0.6) ? invites.splice(open, 1)[0]! : null;

    let customer: Customer;
    let kind: ChannelKind;
    if (dm) ({ customer, kind } = dm);
    else if (customers.length > 20 && rng.chance(0.12)) {
      // A returning customer: mostly on the channel they used before, so their history shows.
      customer = rng.pick(customers);
      kind = rng.chance(0.7) ? lastKind.get(customer.id)! : rng.weighted(CHANNELS);
    } else {
      customer = drawCustomer(rng, customers.length, rng.chance(0.1) ? 'en' : 'nl');
      customers.push(customer);
      kind = rng.weighted(CHANNELS);
    }
    const firstContact = !lastKind.has(customer.id);
    lastKind.set(customer.id, kind);
    const language = dm?.language ?? (customer.language === 'en' ? EN : NL);
    const visibility = !dm && rng.chance(PUBLIC_SHARE[kind] ?? 0) ? 'public' : 'private';
    const scenario = dm?.scenario ?? pickScenario(rng, language, visibility === 'public', outage);
    const slots = dm?.slots ?? drawSlots(rng, new Date(start), language.code);
    const mood = dm?.mood ?? pickMood(rng, scenario, outage);
    const formal = dm?.formal ?? (customer.formal || (kind === 'email' && rng.chance(0.45)));
    const style = drawStyle(Rng.derive(seed, 'style', customer.id, kind), kind);
    const thread: Thread = { rng, kind, visibility, language, customer, slots, mood, style, formal };
    const team: TeamName = SOCIAL.includes(kind) ? 'Social' : 'Service';
    // The demo ends on a busy day: the team is behind, some of today's messages wait for hours (so the
    // queue has work in it). The outage afternoon made a backlog too.
    const load = outage ? 2.5 : now - start > 1.5 * DAY ? 1 : rng.chance(0.35) ? 8 : 2;
    const continuation = dm ? { tag: dm.tag } : null;
    // The newest conversations are still untouched: a customer has just written.
    const fresh = index >= starts.length - Math.max(2, Math.ceil(starts.length * 0.01));
    const script = writeScript({ thread, scenario, start, now, agents: TEAM_AGENTS[team], load, continuation, fresh });
    if (script.askedDmAt !== null && !dm) {
      invites.push({ customer, kind, language, slots, mood, formal, scenario, tag: script.tag, askedAt: script.askedDmAt });
    }

    const outcome = decideOutcome(script, scenario, rng, now);
    const steps: PlanStep[] = [...script.steps];
    const lastAgent = script.steps.findLast((s) => s.type === 'reply')?.agent ?? null;
    if (outcome.status === 'resolved') {
      const agent = lastAgent ?? rng.pick(TEAM_AGENTS[team]);
      steps.push({ type: 'resolve', at: outcome.resolveAt, category: outcome.category, agent });
    }
    // An internal note after the last reply: what was arranged, for the colleague who picks it up next.
    const lastReply = script.steps.findLast((s) => s.type === 'reply');
    const noteAt = lastReply ? lastReply.at + rng.between(1, 25) * MINUTE : now;
    if (lastReply && noteAt < now && rng.chance(0.12)) {
      const body = fill(rng.pick(withTopic(CONVERSATION_NOTES, scenario.key)), rng, slots, false);
      steps.push({ type: 'note', at: noteAt, agent: lastReply.agent, body });
      steps.sort((a, b) => a.at - b.at);
    }
    // Urgency marks a customer who waits (or did); an answered urgent one would top the queue for nothing.
    const waitingOrDone = outcome.status === 'resolved' || script.steps.at(-1)!.type === 'inbound';
    return {
      kind,
      visibility,
      threadKey: `${kind}-${visibility}-${index}`,
      customer,
      scenario: scenario.key,
      steps,
      status: outcome.status,
      snoozeUntil: outcome.status === 'snoozed' ? outcome.snoozeUntil : null,
      labels: pickLabels(rng, scenario, mood),
      urgency: waitingOrDone ? pickUrgency(rng, scenario, mood, outage) : null,
      assign: pickAssignment(rng, outcome.status, lastAgent, team),
      contactNote: firstContact && rng.chance(0.05) ? pickContactNote(rng, mood, customer, slots) : null,
    };
  });
}

function pickScenario(rng: Rng, language: Language, pub: boolean, outage: boolean): Scenario {
  if (outage && rng.chance(0.7)) return language.scenarios.find((s) => s.key === 'storing')!;
  // In public only what can be answered there or moved to a DM; spam only in public.
  const fits = language.scenarios.filter((s) =>
    pub ? s.spam || s.ask.public.length > 0 || (s.publicAnswers?.length ?? 0) > 0 : !s.spam,
  );
  return rng.weighted(fits.map((s) => [s, s.weight * (pub ? (s.publicBias ?? 1) : 1)] as const));
}

function pickMood(rng: Rng, s: Scenario, outage: boolean): Mood {
  const available = MOODS.filter(([m]) => s.openers[m]);
  return rng.weighted(available.map(([m, w]) => [m, outage && m !== 'neutral' ? w * 2 : w] as const));
}
