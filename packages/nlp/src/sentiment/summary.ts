/**
 * The weighed judgements about one target (the brand, the others, everyone) and their summary:
 * a label, a score and the phrases that decided it.
 */
import type { SentimentLabel, TargetSentiment } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { grown } from '../text/grown';
import { modifierNames } from './modifier-bits';

/** Judgements as parallel arrays, reused from message to message. */
export class Judgements {
  count = 0;
  /** token range and clause of the item judged */
  first = new Int32Array(16);
  last = new Int32Array(16);
  clause = new Int32Array(16);
  /** the item's own weight, and the weight it has here (after contrast, sarcasm, comparison) */
  itemWeight = new Float64Array(16);
  weight = new Float64Array(16);
  /** modifier bits (modifier-bits.ts) */
  bits = new Int32Array(16);

  add(first: number, last: number, clause: number, itemWeight: number, weight: number, bits: number): void {
    const k = this.count++;
    if (k === this.first.length) this.grow();
    this.first[k] = first;
    this.last[k] = last;
    this.clause[k] = clause;
    this.itemWeight[k] = itemWeight;
    this.weight[k] = weight;
    this.bits[k] = bits;
  }

  append(other: Judgements): void {
    for (let k = 0; k < other.count; k++)
      this.add(
        other.first[k] as number,
        other.last[k] as number,
        other.clause[k] as number,
        other.itemWeight[k] as number,
        other.weight[k] as number,
        other.bits[k] as number,
      );
  }

  private grow(): void {
    const size = this.first.length * 2;
    this.first = grown(this.first, size);
    this.last = grown(this.last, size);
    this.clause = grown(this.clause, size);
    this.bits = grown(this.bits, size);
    this.itemWeight = grown(this.itemWeight, size);
    this.weight = grown(this.weight, size);
  }
}

/** A clear judgement on each side of a contrast ("snel, maar de tv hapert"): both count, whatever weighs more. */
function judgedBothWays(x: Judgements, contrast: Float64Array): boolean {
  let before = 0;
  let after = 0;
  for (let k = 0; k < x.count; k++) {
    if (Math.abs(x.itemWeight[k] as number) < 0.3) continue;
    const side = contrast[x.clause[k] as number] as number;
    const sign = (x.weight[k] as number) > 0 ? 1 : 2;
    if (side < 1) before |= sign;
    else if (side > 1) after |= sign;
  }
  return (before === 1 && (after & 2) !== 0) || (before === 2 && (after & 1) !== 0);
}

const MAX_PHRASES = 8;
/** indices of the deciding judgements, in the order they are reported */
let order = new Int32Array(64);

/**
 * Keeps the `MAX_PHRASES` strongest of `order[0, n)`, strongest first and equals in their order
 * (a stable sort by strength, cut): one pass, as a message of 10,000 emoji has 10,000 judgements.
 */
function keepStrongest(x: Judgements, n: number): number {
  let kept = 0;
  for (let j = 0; j < n; j++) {
    const k = order[j] as number;
    const strength = Math.abs(x.weight[k] as number);
    let p = kept;
    while (p > 0 && Math.abs(x.weight[order[p - 1] as number] as number) < strength) p--;
    if (p >= MAX_PHRASES) continue;
    for (let q = Math.min(kept, MAX_PHRASES - 1); q > p; q--) order[q] = order[q - 1] as number;
    order[p] = k;
    if (kept < MAX_PHRASES) kept++;
  }
  return kept;
}

/** Does judgement a come after b in the report: later in the text, or at the same place and weaker? */
function reportedAfter(x: Judgements, a: number, b: number): boolean {
  const d = (x.first[a] as number) - (x.first[b] as number);
  return d !== 0 ? d > 0 : Math.abs(x.weight[a] as number) < Math.abs(x.weight[b] as number);
}

/** Sorts `order[0, n)` (at most MAX_PHRASES) into text order, equal positions the stronger first; stable. */
function sortForReport(x: Judgements, n: number): void {
  for (let j = 1; j < n; j++) {
    const k = order[j] as number;
    let p = j;
    while (p > 0 && reportedAfter(x, order[p - 1] as number, k)) {
      order[p] = order[p - 1] as number;
      p--;
    }
    order[p] = k;
  }
}

export function summarise(x: Judgements, tokens: readonly Token[], text: string, contrast: Float64Array): TargetSentiment {
  // Nothing judged (the others, in most messages): the sums below would give this.
  if (x.count === 0) return { label: 'neutral', score: 0, phrases: [] };
  let pos = 0;
  let neg = 0;
  for (let k = 0; k < x.count; k++) {
    const w = x.weight[k] as number;
    if (w > 0) pos += w;
    else neg += w;
  }
  const sum = pos + neg;
  const score = Math.round(Math.tanh(sum * 1.2) * 100) / 100;
  let label: SentimentLabel = 'neutral';
  if (pos >= 0.3 && neg <= -0.3 && Math.min(pos, -neg) / Math.max(pos, -neg) >= 0.6) label = 'mixed';
  else if (judgedBothWays(x, contrast)) label = 'mixed';
  else if (score >= 0.2) label = 'positive';
  else if (score <= -0.2) label = 'negative';
  // The eight strongest phrases, in text order (equal positions: the stronger first).
  if (order.length < x.count) order = new Int32Array(2 * x.count);
  let n = 0;
  for (let k = 0; k < x.count; k++) if (Math.abs(x.weight[k] as number) >= 0.1) order[n++] = k;
  if (n > MAX_PHRASES) n = keepStrongest(x, n);
  sortForReport(x, n);
  const phrases: TargetSentiment['phrases'] = [];
  for (let j = 0; j < n; j++) {
    const k = order[j] as number;
    const start = (tokens[x.first[k] as number] as Token).start;
    const end = (tokens[x.last[k] as number] as Token).end;
    const weight = Math.round((x.weight[k] as number) * 100) / 100;
    phrases.push({ start, end, text: text.slice(start, end), weight, modifiers: modifierNames(x.bits[k] as number) });
  }
  return { label, score, phrases };
}

/**
 * The same summary again as objects of its own (the overall one when all judgements are about the
 * brand): the phrases' texts are shared, as strings are values; nothing is worked out twice.
 */
export function copySummary(summary: TargetSentiment): TargetSentiment {
  const phrases: TargetSentiment['phrases'] = [];
  for (let j = 0; j < summary.phrases.length; j++) {
    const p = summary.phrases[j] as TargetSentiment['phrases'][number];
    phrases.push({ start: p.start, end: p.end, text: p.text, weight: p.weight, modifiers: p.modifiers.slice() });
  }
  return { label: summary.label, score: summary.score, phrases };
}
