/**
 * Where a conversation stands now, from how its script ended and how old it is: resolved with a
 * reason, waiting for the customer (pending), snoozed until a follow-up, or open. Older
 * conversations are mostly resolved; recent ones are mostly still being worked on.
 */
import type { Script } from './conversation';
import type { Rng } from './random';
import type { CategoryName, Scenario } from './scenario';
import { DAY, HOUR, MINUTE } from './timeline';

export type Outcome =
  | { status: 'resolved'; resolveAt: number; category: CategoryName }
  | { status: 'open' | 'pending' }
  | { status: 'snoozed'; snoozeUntil: number };

export function decideOutcome(script: Script, s: Scenario, rng: Rng, now: number): Outcome {
  const last = script.steps.at(-1)!;
  // The scenario's usual reasons; a thanked answer was solved here, not passed to another department.
  const category = (solvedHere = false): CategoryName => {
    const skip: CategoryName[] = solvedHere ? ['Geen reactie klant', 'Doorverwezen naar afdeling'] : ['Geen reactie klant'];
    const fitting = s.categories.filter(([c]) => !skip.includes(c));
    return rng.weighted(fitting.length ? fitting : s.categories);
  };
  const resolved = (at: number, c: CategoryName): Outcome | null =>
    at < now ? { status: 'resolved', resolveAt: at, category: c } : null;
  // Teams do not close everything at once: fresh conversations often stay open a while, and some
  // wait for the customer's confirmation (pending). The older, the likelier it was closed.
  const linger = rng.chance(0.62 + 0.35 * Math.exp(-(now - last.at) / (2 * DAY)));
  const lingering = (): Outcome => (rng.chance(0.35) ? { status: 'pending' } : { status: 'open' });
  switch (script.lastRole) {
    case 'spam':
      return resolved(last.at + rng.logNormal(40 * MINUTE, 0.8), 'Spam') ?? { status: 'open' };
    case 'thanks':
      // A fresh "thanks" may still sit in the queue until an agent closes it.
      if (now - last.at < 2 * DAY && rng.chance(0.3)) return { status: 'open' };
      return (
        resolved(last.at + rng.between(3, 90) * MINUTE, script.askedDmAt ? 'Informatie gegeven' : category(true)) ?? {
          status: 'open',
        }
      );
    case 'opener':
    case 'other':
      return { status: 'open' };
    case 'askDm':
      return resolved(last.at + rng.between(5, 120) * MINUTE, 'Informatie gegeven') ?? { status: 'open' };
    case 'ask':
      // No reaction for days: closed with that reason (what auto-close would do).
      if (now - last.at > 3 * DAY && rng.chance(0.7)) return resolved(last.at + rng.between(2, 3) * DAY, 'Geen reactie klant')!;
      return rng.chance(0.6) ? { status: 'pending' } : { status: 'open' };
    case 'later': {
      const until = last.at + rng.int(1, 4) * DAY + rng.between(-2, 2) * HOUR;
      // Snoozed until the promised follow-up; a margin keeps it in the future while the demo is written.
      if (until > now + 3 * HOUR) return { status: 'snoozed', snoozeUntil: until };
      const reason = rng.chance(0.5) ? 'Doorverwezen naar afdeling' : category();
      return (linger ? null : resolved(until + rng.between(5, 60) * MINUTE, reason)) ?? lingering();
    }
    case 'closing':
      // Said goodbye but did not close it: it stays in the open tab until someone does.
      if (linger && rng.chance(0.4)) return { status: 'open' };
      return resolved(last.at + rng.between(1, 20) * MINUTE, category(true)) ?? { status: 'open' };
    case 'answer':
      if (s.simple) return resolved(last.at + rng.between(5, 90) * MINUTE, category(true)) ?? { status: 'open' };
      return (linger ? null : resolved(last.at + rng.logNormal(5 * HOUR, 1), category())) ?? lingering();
  }
}
