import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { planDemo, type ConversationPlan } from './plan';
import { Rng } from './random';
import type { Language } from './scenario';
import { drawSlots, fill, forTag, splitTag } from './slots';
import { EN } from './texts-en';
import { CONTACT_NOTES, CONVERSATION_NOTES, HANDOVER_NOTES, NL } from './texts-nl';
import { DAY } from './timeline';

const now = Date.now();
const messages = (p: ConversationPlan) => p.steps.filter((s) => s.type === 'inbound' || s.type === 'reply');
const share = (plans: ConversationPlan[], f: (p: ConversationPlan) => boolean) => plans.filter(f).length / plans.length;

describe('planDemo (the demo as data, without a database)', () => {
  let plans: ConversationPlan[];
  before(() => {
    plans = planDemo({ seed: 42, conversations: 3000, now });
  });

  it('is reproducible: the same seed gives the same plan, another seed another', () => {
    const small = (seed: number) => planDemo({ seed, conversations: 200, now });
    assert.deepEqual(small(7), small(7));
    const bodies = (p: ConversationPlan[]) => p.flatMap((c) => messages(c).map((s) => ('body' in s ? s.body : '')));
    assert.notDeepEqual(bodies(small(7)), bodies(small(8)));
  });

  it('fills every template (no slot, alternative or tag left) and keeps X posts within 280 characters', () => {
    for (const p of plans) {
      for (const s of p.steps) {
        if (!('body' in s)) continue;
        assert.doesNotMatch(s.body, /[{}«»[\]]|^\(\w+\)/, s.body);
        if (p.kind === 'x' && p.visibility === 'public') assert.ok(s.body.length <= 280, s.body);
      }
    }
  });

  it('keeps time: 30 days, in order, resolved after the last message, snoozed into the future', () => {
    for (const p of plans) {
      const times = p.steps.map((s) => s.at);
      assert.deepEqual(
        times,
        [...times].sort((a, b) => a - b),
      );
      assert.ok(times[0]! >= now - 30 * DAY - 3_600_000 && times.at(-1)! < now);
      assert.equal(p.steps[0]!.type, 'inbound');
      if (p.status === 'snoozed') assert.ok(p.snoozeUntil! > now);
    }
  });

  it('looks like a webcare month: mostly resolved, a queue of waiting customers, ~10% English, labels on ~40%', () => {
    const resolved = share(plans, (p) => p.status === 'resolved');
    assert.ok(resolved > 0.55 && resolved < 0.75, `resolved ${resolved}`);
    for (const status of ['open', 'pending', 'snoozed'] as const)
      assert.ok(
        plans.some((p) => p.status === status),
        status,
      );
    const waiting = plans.filter((p) => p.status === 'open' && messages(p).at(-1)!.type === 'inbound');
    assert.ok(waiting.length >= 30, `waiting ${waiting.length}`);
    const english = share(plans, (p) => p.customer.language === 'en');
    assert.ok(english > 0.06 && english < 0.14, `english ${english}`);
    const labelled = share(plans, (p) => p.labels.length > 0);
    assert.ok(labelled > 0.3 && labelled < 0.5, `labels ${labelled}`);
    const noted = share(plans, (p) => p.steps.some((s) => s.type === 'note'));
    assert.ok(noted > 0.05 && noted < 0.15, `notes ${noted}`);
    assert.ok(plans.some((p) => p.contactNote) && plans.some((p) => p.urgency === 'urgent'));
    for (const p of plans) {
      const inbound = p.steps.filter((s) => s.type === 'inbound').length;
      const replies = p.steps.filter((s) => s.type === 'reply').length;
      assert.ok(inbound >= 1 && inbound <= 4 && replies <= 3);
    }
  });

  it('has customers coming back, on the same channel (their history) and from public to a DM', () => {
    const seen = new Map<string, ConversationPlan[]>();
    for (const p of plans) seen.set(p.customer.id, [...(seen.get(p.customer.id) ?? []), p]);
    const again = [...seen.values()].filter((list) => list.length > 1);
    assert.ok(again.length > 100);
    assert.ok(
      again.some(
        (list) =>
          list.some((p) => p.visibility === 'public') && list.some((p) => p.visibility === 'private' && p.kind === list[0]!.kind),
      ),
    );
  });

  it('signs public replies with initials and mirrors u/je', () => {
    const publicReplies = plans
      .filter((p) => p.visibility === 'public')
      .flatMap((p) => p.steps.filter((s) => s.type === 'reply'));
    assert.ok(publicReplies.length > 100);
    for (const r of publicReplies) assert.match('body' in r ? r.body : '', /\^[A-Z]{2}$/);
    const bodies = plans.flatMap((p) => p.steps.filter((s) => s.type === 'reply').map((s) => ('body' in s ? s.body : '')));
    assert.ok(bodies.some((b) => /\b(uw|u)\b/.test(b)) && bodies.some((b) => /\b(je|jouw)\b/.test(b)));
  });
});

describe('demo texts', () => {
  const languages: Language[] = [NL, EN];

  it('fill without unknown slots, in both registers', () => {
    const rng = new Rng(1);
    for (const lang of languages) {
      const slots = { ...drawSlots(rng, new Date(now), lang.code), naam: 'Sanne', volledigenaam: 'Sanne de Vries' };
      const all = [
        ...lang.scenarios.flatMap((s) => [
          ...Object.values(s.openers).flat(),
          ...s.ask.public,
          ...s.ask.private,
          ...s.details,
          ...s.answers,
        ]),
        ...[lang.hello, lang.nudges, lang.thanks, lang.unhappy, lang.checks, lang.closings, lang.laters, lang.waits].flat(),
        ...lang.greetings.formal,
        ...lang.greetings.informal,
      ];
      for (const t of [...all, ...CONVERSATION_NOTES, ...HANDOVER_NOTES, ...CONTACT_NOTES]) {
        for (const formal of [false, true]) assert.doesNotMatch(fill(splitTag(t).text, rng, slots, formal), /[{}«»[\]]/, t);
      }
    }
  });

  it('have an answer for every topic a customer can open with', () => {
    for (const lang of languages) {
      for (const s of lang.scenarios) {
        if (s.spam || s.answers.length === 0) continue;
        for (const opener of Object.values(s.openers).flat()) {
          const { tag } = splitTag(opener);
          assert.ok(forTag(s.answers, tag).length > 0, `${lang.code}/${s.key}: no answer for ${opener}`);
        }
      }
    }
  });
});
