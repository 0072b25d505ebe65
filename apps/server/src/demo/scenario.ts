/**
 * The shape of the demo's texts: per language a set of scenarios (why the customer writes) and
 * the small talk around them. Templates use the syntax of `fill` in slots.ts.
 */

export type Mood = 'neutral' | 'angry' | 'sarcastic' | 'happy';

/** The resolution categories the demo account gets; scenarios say which fit them. */
export const CATEGORY_NAMES = [
  'Opgelost',
  'Doorverwezen naar afdeling',
  'Informatie gegeven',
  'Geen reactie klant',
  'Spam',
] as const;
export type CategoryName = (typeof CATEGORY_NAMES)[number];

export const LABELS = [
  ['storing', '#dc2626'],
  ['factuur', '#2563eb'],
  ['levering', '#d97706'],
  ['opzegging', '#7c3aed'],
  ['klacht', '#be123c'],
  ['compliment', '#16a34a'],
  ['privacy', '#0f766e'],
] as const;
export type LabelName = (typeof LABELS)[number][0];

export interface Scenario {
  key: string;
  label: LabelName | null;
  /** Relative frequency. */
  weight: number;
  /** Public posts about this are rarer (privacy, condolences) or more common (outages) than average. */
  publicBias?: number;
  /** One answer and it is done (praise): never left pending. */
  simple?: boolean;
  /** Spam and pure bashing: nobody needs to answer (webcare rule 4); spam gets no reply at all. */
  spam?: boolean;
  openers: Partial<Record<Mood, string[]>>;
  /** The agent asks for what they need; in public they ask for a DM (payment data stays private). */
  ask: { public: string[]; private: string[] };
  /** The customer gives what was asked, or reacts. */
  details: string[];
  /** The agent's answer: what was done, concretely (no "ik zet het door"). */
  answers: string[];
  /** Answers that need no personal data, so they may be given in public; without them a public post gets `ask.public`. */
  publicAnswers?: string[];
  categories: Array<readonly [CategoryName, number]>;
}

export interface Language {
  code: 'nl' | 'en';
  scenarios: Scenario[];
  /** How the agent opens a first reply, informal and formal; {naam} is the customer's first name. */
  greetings: { informal: string[]; formal: string[]; morning: string; afternoon: string; evening: string };
  /** A first short message before the real question (WhatsApp, chat). */
  hello: string[];
  /** The customer waited and writes again. */
  nudges: string[];
  thanks: string[];
  unhappy: string[];
  /** Agent: checks whether it is solved before closing (never close silently). */
  checks: string[];
  /** Agent: the last word after the customer's thanks. */
  closings: string[];
  /** Agent: a follow-up that is really scheduled (snoozed until then). */
  laters: string[];
  /** Agent: waiting for the customer (pending). */
  waits: string[];
  /** E-mail frame. */
  mailOpen: string[];
  mailClose: string[];
  agentMailClose: string;
}
