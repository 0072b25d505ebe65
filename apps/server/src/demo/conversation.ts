/**
 * One conversation's script: who writes what when. It follows a webcare exchange (question; the
 * agent asks for details or answers; the customer thanks or is not yet happy; the agent closes or
 * schedules a follow-up) and is cut off at "now", so the most recent ones are still waiting.
 */
import type { CategoryName, Mood, Scenario } from './scenario';
import { agentMessage, customerMessage, type Thread } from './compose';
import { agentReplyAt, burstAt, customerReplyAt, MINUTE } from './timeline';
import { AGENTS } from './people';
import { forTag, splitTag, withTopic } from './slots';

export type Step =
  | { type: 'inbound'; at: number; body: string }
  | { type: 'reply'; at: number; body: string; agent: number }
  | { type: 'resolve'; at: number; category: CategoryName; agent: number };

export type Role = 'opener' | 'thanks' | 'other' | 'ask' | 'askDm' | 'answer' | 'closing' | 'later' | 'spam';

export interface Script {
  steps: Step[];
  /** What the last step before "now" was: it decides the status (see outcome.ts). */
  lastRole: Role;
  /** The agent asked to continue in a DM (public to private, for personal data). */
  askedDmAt: number | null;
  /** The opener's topic tag, which a DM continuation keeps. */
  tag: string | null;
}

export interface ScriptInput {
  thread: Thread;
  scenario: Scenario;
  start: number;
  now: number;
  agents: number[];
  /** How far behind the team is (1 = normal); slows the replies. */
  load: number;
  /** Set when the customer continues in a DM what they started in public: they send the details. */
  continuation: { tag: string | null } | null;
  /** One of the newest: nobody has picked it up yet. */
  fresh: boolean;
}

const DM_SENT = { nl: ['DM gestuurd', 'gedaan!', 'Heb je een DM gestuurd', 'ok'], en: ['sent you a DM', 'done'] };

export function writeScript(input: ScriptInput): Script {
  const { thread: t, scenario: s, now, agents, load, continuation } = input;
  const { rng, language: lang } = t;
  const steps: Step[] = [];
  const roles: Role[] = [];
  let agent = rng.pick(agents);
  let inbound = 0;
  let replies = 0;
  const customer = (at: number, template: string, role: Role, mood: Mood = t.mood) => {
    if (inbound >= 4) return false;
    steps.push({ type: 'inbound', at, body: customerMessage(t, template, { first: inbound === 0, mood }) });
    roles.push(role);
    inbound++;
    return true;
  };
  const reply = (at: number, parts: string[], role: Role) => {
    // Now and then a colleague takes over (a break, the shift change).
    if (replies > 0 && rng.chance(0.15)) agent = rng.pick(agents);
    steps.push({ type: 'reply', at, agent, body: agentMessage(t, parts, AGENTS[agent]!, { first: replies === 0, at }) });
    roles.push(role);
    replies++;
  };
  const finish = (askedDmAt: number | null = null): Script => {
    // What has not happened by now is not in the demo.
    let keep = steps.findIndex((step) => step.at >= now);
    if (keep === -1) keep = steps.length;
    const askedDm = askedDmAt !== null && askedDmAt < now ? askedDmAt : null;
    return { steps: steps.slice(0, keep), lastRole: roles[keep - 1] ?? 'opener', askedDmAt: askedDm, tag };
  };

  const opener = splitTag(rng.pick(s.openers[t.mood] ?? s.openers.neutral ?? Object.values(s.openers)[0]!));
  const tag = continuation ? continuation.tag : opener.tag;
  const details = forTag(s.details, tag);
  const answers = forTag(s.answers, tag);
  const publicAnswers = forTag(s.publicAnswers ?? [], tag);
  const pub = t.visibility === 'public';
  const asks = forTag(pub ? s.ask.public : s.ask.private, tag);

  let at = input.start;
  if (pub ? false : t.kind !== 'email' && rng.chance(continuation ? 0.4 : 0.15)) {
    customer(at, rng.pick(lang.hello), 'other', 'neutral');
    at = burstAt(at, rng);
  }
  // In the DM the customer sends what was asked in public; "ja dat klopt" answers nothing here.
  const standalone = details.filter((d) => !/^(ja|ok|yes)\b/i.test(d));
  customer(
    at,
    continuation && standalone.length ? rng.pick(standalone) : opener.text,
    s.spam && !input.fresh ? 'spam' : 'opener',
  );
  if (s.spam || input.fresh) return finish();

  let replyAt = agentReplyAt(at, rng, load);
  if (replyAt - at > 50 * MINUTE && rng.chance(0.2))
    customer(at + rng.between(0.4, 0.9) * (replyAt - at), rng.pick(lang.nudges), 'other');
  let mode: 'answer' | 'ask' | 'askDm' = 'answer';
  if (answers.length === 0 || (pub && publicAnswers.length === 0)) mode = pub ? 'askDm' : 'ask';
  else if (!continuation && asks.length > 0 && rng.chance(pub ? 0.4 : 0.5)) mode = pub ? 'askDm' : 'ask';
  if (mode !== 'answer' && asks.length === 0) mode = 'answer';

  if (mode === 'askDm') {
    reply(replyAt, [rng.pick(asks)], 'askDm');
    if (rng.chance(0.3)) customer(customerReplyAt(replyAt, rng), rng.pick(DM_SENT[lang.code]), 'thanks', 'neutral');
    return finish(replyAt);
  }
  if (mode === 'ask') {
    reply(replyAt, [rng.pick(asks)], 'ask');
    if (answers.length === 0 || details.length === 0 || rng.chance(0.15)) return finish();
    at = customerReplyAt(replyAt, rng);
    customer(at, rng.pick(details), 'other', 'neutral');
    replyAt = agentReplyAt(at, rng, load);
  }
  const withCheck = rng.chance(0.5);
  const answer = rng.pick(pub && publicAnswers.length > 0 ? publicAnswers : answers);
  reply(replyAt, withCheck ? [answer, rng.pick(lang.checks)] : [answer], 'answer');

  const next = rng.next();
  if (next < 0.38) {
    at = customerReplyAt(replyAt, rng);
    if (customer(at, rng.pick(withTopic(lang.thanks, s.key)), 'thanks', 'happy') && rng.chance(0.35)) {
      reply(at + rng.between(2, 40) * MINUTE, [rng.pick(lang.closings)], 'closing');
    }
  } else if (next < 0.5) {
    at = customerReplyAt(replyAt, rng);
    if (customer(at, rng.pick(withTopic(lang.unhappy, s.key)), 'other', 'angry'))
      reply(agentReplyAt(at, rng, load), [rng.pick(withTopic(lang.laters, s.key))], 'later');
  } else if (next < 0.56 && !withCheck) {
    reply(replyAt + rng.between(1, 5) * MINUTE, [rng.pick(lang.waits)], 'ask');
  }
  return finish();
}
