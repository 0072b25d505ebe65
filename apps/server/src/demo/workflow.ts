/**
 * What the team did with a conversation besides replying: labels, urgency, who owns it, internal
 * notes and notes on the customer. Rates follow the brief: labels on about 40%, notes on about
 * 10%, a few urgent ones, most open work assigned to someone.
 */
import type { Urgency } from '@balie/contracts';
import type { Customer } from './people';
import type { Rng } from './random';
import type { LabelName, Mood, Scenario } from './scenario';
import { fill, forTag, splitTag, type Slots } from './slots';
import { CONTACT_NOTES, HANDOVER_NOTES } from './texts-nl';

export type TeamName = 'Social' | 'Service';
export type Status = 'open' | 'pending' | 'snoozed' | 'resolved';
export interface Assignment {
  agent: number | null;
  team: TeamName;
  handoverNote?: string;
}

/** Agent indexes (see AGENTS) per team; Lotte works in both. */
export const TEAM_AGENTS: Record<TeamName, number[]> = { Social: [0, 1, 2], Service: [2, 3, 4] };

/** The topic, and "klacht" too when an angry customer writes about something else. */
export function pickLabels(rng: Rng, s: Scenario, mood: Mood): LabelName[] {
  if (!s.label || !rng.chance(0.55)) return [];
  return mood === 'angry' && s.label !== 'klacht' && rng.chance(0.25) ? [s.label, 'klacht'] : [s.label];
}

/** Urgency overrides the waiting order: a privacy breach, a bereavement, the outage. */
export function pickUrgency(rng: Rng, s: Scenario, mood: Mood, outage: boolean): Urgency | null {
  if (s.key === 'privacy' && mood === 'angry' && rng.chance(0.5)) return 'urgent';
  if (s.key === 'overlijden' && rng.chance(0.3)) return 'high';
  if (outage && s.key === 'storing' && rng.chance(0.15)) return 'high';
  if (mood === 'angry' && rng.chance(0.06)) return 'high';
  return rng.chance(0.01) ? 'low' : null;
}

/**
 * Follow-ups belong to the agent who promised them; open work is partly with an agent (their
 * "Mine" tab), partly routed to a team, the rest in the shared queue.
 */
export function pickAssignment(rng: Rng, status: Status, agent: number | null, team: TeamName): Assignment | null {
  const own = agent ?? rng.pick(TEAM_AGENTS[team]);
  if (status === 'pending' || status === 'snoozed') return rng.chance(0.85) ? { agent: own, team } : { agent: null, team };
  if (status === 'resolved') return agent !== null && rng.chance(0.15) ? { agent, team } : null;
  if (agent !== null && rng.chance(0.5)) {
    // At shift end a few are handed over with a note, so the colleague need not ask again.
    return rng.chance(0.08) ? { agent, team, handoverNote: rng.pick(HANDOVER_NOTES) } : { agent, team };
  }
  return rng.chance(0.2) ? { agent: null, team } : null;
}

/** A note for whoever helps this customer next (seed 000: "let op: opvliegend"). */
export function pickContactNote(rng: Rng, mood: Mood, customer: Customer, slots: Slots): string {
  if (customer.language === 'en' && rng.chance(0.5)) return 'Spreekt Engels: antwoord in het Engels.';
  const fitting = rng.chance(0.6) ? forTag(CONTACT_NOTES, mood) : CONTACT_NOTES.map((t) => splitTag(t).text);
  return fill(rng.pick(fitting), rng, slots, false);
}
