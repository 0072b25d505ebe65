/**
 * Urgency: what makes a message jump the queue. Signals from the words (an outage hitting many, a
 * threat or a safety risk, a vulnerable customer, a deadline today, intent to leave) and from the
 * reach of a public post, combined into a score 0 … 1 and the queue's level. The score without
 * reach is kept (`base`), so a public complaint that keeps gaining reach is re-scored without re-analysis.
 */
import type { UrgencySignal } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { addCue, cueList, findCues, hits } from './phrase-set';

export interface Reach {
  followers?: number;
  likes?: number;
  replies?: number;
  reshares?: number;
}

const MANY =
  'iedereen, hele wijk, heel de wijk, hele straat, hele buurt, de buren ook, buren ook, in heel, heel nederland, landelijk, meerdere klanten, ' +
  'meer mensen, niemand kan, niemand heeft, hele dorp, hele stad, whole area, whole street, everyone, everybody, all customers, nationwide, ' +
  'half nederland, hele regio, in de regio, in mijn regio, overal';
const DANGER =
  'gaslucht, gaslek, ruik gas, staat in brand, brand in, brandgevaar, brandlucht, in de fik, rookontwikkeling, rook uit, kortsluiting, ' +
  'vonken, onveilig, gevaarlijk, levensgevaarlijk, gevaar, ontploft, explosie, elektrocutie, stroomschok, ik maak me van kant, zelfmoord, ' +
  'suicide, ik wil dood, ik maak je af, ik weet waar je woont, ik weet waar jullie, kom verhaal halen, ik kom langs, bedreig*, geweld, wapen, ' +
  'gas leak, smell gas, fire, smoke, smoking, sparks, unsafe, dangerous, kill myself';
/** Legal and media threats: urgent for the brand, but nobody is in danger. */
const ESCALATION =
  'aangifte, advocaat, juridische stappen, rechter, rechtszaak, kort geding, consumentenbond, radar, de pers, de krant, lawyer, legal action, sue, the press';
const VULNERABLE =
  'ziek*, chemo, kanker, dialyse, beademing, zuurstof*, rolstoel, gehandicapt, beperking, dement*, slechtziend, slechthorend, blind, doof, ' +
  'zwanger, pasgeboren, baby, hoogbejaard, bejaard*, mijn moeder van, mijn vader van, oma van, opa van, thuiszorg, mantelzorg*, medicij*, ' +
  'insuline, ziekenhuis, alarmering, noodknop, schulden, bijstand, geen geld, kan niet betalen, kan eten, voedselbank, weduw*, alleenstaande moeder, ' +
  'elderly, disabled, wheelchair, pregnant, oxygen, hospital, medication, chemotherapy, cancer, dementia, carer, vulnerable, insulin, single mum, ' +
  "single mom, single parent, can't pay, cannot pay, can not pay, food bank, benefits, emergency alarm";
const DEADLINE =
  'vandaag, vanavond, vanmiddag, vannacht, vanochtend, zsm, z.s.m, asap, spoed, dringend, urgent, direct nodig, nu meteen, per direct, ' +
  'binnen een uur, voor vanavond, voor 17 uur, deadline, morgen vroeg, today, tonight, right now, immediately, this afternoon, this evening';
const CHURN =
  'opzeg*, zeg op, overstap*, stap over, ik stap, naar de concurrent, andere provider, ander bedrijf, nooit meer, laatste keer, klant geweest, ' +
  'cancel*, switching, switch to, leaving, never again, last time, ex-klant, weg bij jullie, ik ben weg, contract ontbinden, ontbind*';

/** A danger to someone's safety goes to the top of the queue, above legal threats. */
const DANGER_EXTRA = 0.3;

export interface UrgencyInput {
  tokens: readonly Token[];
  intent: string;
  /** sentiment toward the brand −1 … +1 */
  brandScore: number;
}

const BASE: Record<string, number> = {
  outage: 0.35,
  cancellation: 0.3,
  complaint: 0.25,
  billing: 0.2,
  delivery: 0.2,
  question: 0.15,
  sales_lead: 0.2,
  abuse: 0.1,
  feedback: 0.1,
  praise: 0.05,
  spam: 0,
};
const WEIGHT: Record<UrgencySignal, number> = {
  threat_safety: 0.45,
  outage_many: 0.3,
  vulnerable_customer: 0.3,
  deadline_today: 0.2,
  churn_risk: 0.2,
  reach: 0.25,
};

/** 0 … 1 from the audience of a public post: 10k followers or ~50 interactions count fully. */
export function reachFactor(reach: Reach | undefined): number {
  if (!reach) return 0;
  const followers = Math.log10(1 + (reach.followers ?? 0)) / 4;
  const engagement = Math.log10(1 + (reach.likes ?? 0) + 2 * (reach.replies ?? 0) + 3 * (reach.reshares ?? 0)) / 1.7;
  return Math.min(1, Math.max(followers, engagement));
}

export interface UrgencyResult {
  /** 0 … 1, what the queue sorts on */
  score: number;
  /** the score without reach, kept so reach can be re-scored later */
  base: number;
  level: 'low' | 'normal' | 'high' | 'urgent';
  signals: UrgencySignal[];
}

/** The kinds of cue, as bits, so the cues found in a message are one number. */
const enum Cue {
  Danger = 1,
  Escalation = 2,
  Many = 4,
  Vulnerable = 8,
  Deadline = 16,
  Churn = 32,
}
/** All cue lists in one index, so the tokens are walked once. */
const CUES = cueList<Cue>(100);
for (const [set, cue] of [
  [DANGER, Cue.Danger],
  [ESCALATION, Cue.Escalation],
  [MANY, Cue.Many],
  [VULNERABLE, Cue.Vulnerable],
  [DEADLINE, Cue.Deadline],
  [CHURN, Cue.Churn],
] as Array<[string, Cue]>)
  for (const raw of set.split(',')) if (raw.trim()) addCue(CUES, raw.trim(), cue);

/** Signals from the text, and whether someone's safety is at stake. */
export function textSignals(input: UrgencyInput): { signals: UrgencySignal[]; danger: boolean } {
  let found = 0;
  const count = findCues(input.tokens);
  for (let h = 0; h < count; h++) if (hits.lists[h] === CUES.id) found |= CUES.payloads[hits.cues[h] as number] as Cue;
  const signals: UrgencySignal[] = [];
  const danger = (found & Cue.Danger) !== 0;
  if (danger || (found & Cue.Escalation) !== 0) signals.push('threat_safety');
  if (input.intent === 'outage' && (found & Cue.Many) !== 0) signals.push('outage_many');
  // Curses borrow illness words ("kanker"); abuse is never a vulnerable customer.
  if (input.intent !== 'abuse' && (found & Cue.Vulnerable) !== 0) signals.push('vulnerable_customer');
  // "vandaag" in praise is no deadline; a deadline comes with a problem or a request.
  const problem = input.brandScore < 0.2 && input.intent !== 'praise' && input.intent !== 'spam' && input.intent !== 'abuse';
  if (problem && (found & Cue.Deadline) !== 0) signals.push('deadline_today');
  if (input.intent === 'cancellation' || (found & Cue.Churn) !== 0) signals.push('churn_risk');
  return { signals, danger };
}

export function urgencyBase(intent: string, brandScore: number, signals: readonly UrgencySignal[], danger: boolean): number {
  let score = BASE[intent] ?? 0.15;
  if (brandScore < 0) score += 0.15 * -brandScore;
  for (const s of signals) if (s !== 'reach') score += WEIGHT[s];
  if (danger) score += DANGER_EXTRA;
  return intent === 'spam' ? Math.min(score, 0.1) : score;
}

/** The final score: the base plus what the audience of a public complaint adds. */
export function withReach(
  base: number,
  textOnly: readonly UrgencySignal[],
  brandScore: number,
  publicPost: boolean,
  reach?: Reach,
): UrgencyResult {
  const signals: UrgencySignal[] = textOnly.filter((s) => s !== 'reach');
  const factor = publicPost ? reachFactor(reach) : 0;
  let score = base;
  if (factor >= 0.5 && brandScore < 0) {
    signals.push('reach');
    score += WEIGHT.reach * factor;
  } else if (brandScore < 0) score += 0.1 * factor;
  const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
  score = round(score);
  const level = score >= 0.85 ? 'urgent' : score >= 0.55 ? 'high' : score >= 0.25 ? 'normal' : 'low';
  return { score, base: round(base), level, signals };
}
