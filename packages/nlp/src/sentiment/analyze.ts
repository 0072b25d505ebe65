/**
 * Sentiment toward the account's brand and toward others. Each polar item is weighed by the
 * contrast around it ("maar" outweighs what came before, "hoewel" weakens its own clause), flipped
 * when the message is sarcastic, and given to the entity it is about: the nearest name in its
 * clause, "jullie"/"you" for the brand, a pronoun or the last name mentioned otherwise, and the
 * brand when nobody is named (the message was sent to the brand).
 */
import type { SentimentLabel, TargetSentiment } from '@balie/contracts';
import type { LexiconLanguage } from '../lexicon/index';
import { SECOND_PERSON_WORD, THIRD_PERSON_WORD } from '../lexicon/modifiers';
import type { Token } from '../text/tokenize';
import { hasFlag } from '../text/vocabulary';
import { findItems, structure, type Item, type Structure } from './items';
import { detectSarcasm, type Sarcasm } from './sarcasm';
import { switchJudgements } from './switching';
import { findMentions, type BrandProfile, type Mention } from './targets';

export interface SentimentResult {
  brand: TargetSentiment;
  others: TargetSentiment;
  overall: TargetSentiment;
  competitors: string[];
  sarcasm: Sarcasm;
}

interface Scored {
  item: Item;
  weight: number;
  modifiers: string[];
}

/**
 * Per clause, computed once so that each item is placed in constant time (a message of 10,000
 * emoji has 10,000 items and must not cost 10,000² steps): the contrast weight, the names in the
 * clause, whether it has a third-person pronoun, and the last name mentioned before it.
 */
interface ClauseInfo {
  contrast: number[];
  mentions: Map<number, Mention[]>;
  thirdPerson: Set<number>;
  lastBefore: Array<Mention | undefined>;
}

function clauseInfo(tokens: readonly Token[], s: Structure, mentions: readonly Mention[]): ClauseInfo {
  const clauses = s.sentenceOfClause.length;
  const contrast = new Array<number>(clauses).fill(1);
  // Forward: a clause at or after a contrast ("maar") in its sentence weighs more.
  let seen = false;
  for (let c = 0; c < clauses; c++) {
    if (c > 0 && s.sentenceOfClause[c] !== s.sentenceOfClause[c - 1]) seen = false;
    if (
      s.contrastClauses.has(c) ||
      (c > 0 && s.concessiveClauses.has(c - 1) && s.sentenceOfClause[c - 1] === s.sentenceOfClause[c])
    )
      seen = true;
    if (seen) contrast[c] = 1.3;
  }
  // Backward: a clause before a contrast in its sentence weighs less.
  let ahead = false;
  for (let c = clauses - 1; c >= 0; c--) {
    if (c < clauses - 1 && s.sentenceOfClause[c] !== s.sentenceOfClause[c + 1]) ahead = false;
    if (ahead && contrast[c] === 1) contrast[c] = 0.5;
    if (s.contrastClauses.has(c)) ahead = true;
  }
  for (const c of s.concessiveClauses) contrast[c] = (contrast[c] ?? 1) * 0.5;
  const byClause = new Map<number, Mention[]>();
  for (const m of mentions) {
    const c = s.clauseOf[m.index] ?? 0;
    const list = byClause.get(c) ?? [];
    if (list.length < 20) list.push(m);
    byClause.set(c, list);
  }
  const thirdPerson = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (hasFlag(tokens[i], THIRD_PERSON_WORD)) thirdPerson.add(s.clauseOf[i] ?? 0);
  const lastBefore: Array<Mention | undefined> = new Array(clauses);
  let last: Mention | undefined;
  let k = 0;
  for (let c = 0; c < clauses; c++) {
    lastBefore[c] = last;
    while (k < mentions.length && (s.clauseOf[(mentions[k] as Mention).index] ?? 0) <= c) last = mentions[k++];
  }
  return { contrast, mentions: byClause, thirdPerson, lastBefore };
}

/** How far a name is from an item; names after it count `after` times as far. */
function distance(item: Item, m: Mention, after: number): number {
  return m.index <= item.first ? item.first - m.index : (m.index - item.last) * after;
}

function targetOf(item: Item, tokens: readonly Token[], info: ClauseInfo): Mention['target'] {
  const inClause = info.mentions.get(item.clause);
  if (inClause && inClause.length > 0) {
    let best = inClause[0] as Mention;
    // The subject usually comes first ("X is top"); a comparison is about what precedes "dan".
    const after = COMPARATIVES.test((tokens[item.first] as Token).norm) ? 100 : 1.5;
    for (const m of inClause) if (distance(item, m, after) < distance(item, best, after)) best = m;
    return best.target;
  }
  const last = info.lastBefore[item.clause];
  if (last && (info.thirdPerson.has(item.clause) || last.target === 'other')) return last.target;
  return 'brand';
}

const COMPARATIVES =
  /^(beter|slechter|sneller|trager|goedkoper|duurder|vriendelijker|betrouwbaarder|better|worse|faster|slower|cheaper|friendlier|more reliable)$/;

function comparedWith(
  item: Item,
  tokens: readonly Token[],
  s: Structure,
  mentions: readonly Mention[],
): Mention['target'] | undefined {
  if (!COMPARATIVES.test((tokens[item.first] as Token).norm)) return undefined;
  for (let i = item.last + 1; i < tokens.length && i <= item.last + 3 && s.clauseOf[i] === item.clause; i++) {
    const n = (tokens[i] as Token).norm;
    if (n === 'dan' || n === 'than') return mentions.find((m) => m.index > i && m.index <= i + 3)?.target;
  }
  return undefined;
}

const isDeciding = (x: Scored) => Math.abs(x.weight) >= 0.1;
const byStrength = (a: Scored, b: Scored) => Math.abs(b.weight) - Math.abs(a.weight);
const byPositionThenStrength = (a: Scored, b: Scored) => a.item.first - b.item.first || byStrength(a, b);

/** A clear judgement on each side of a contrast ("snel, maar de tv hapert"): both count, whatever weighs more. */
function judgedBothWays(scored: readonly Scored[], contrast: readonly number[]): boolean {
  let before = 0;
  let after = 0;
  for (const x of scored) {
    if (Math.abs(x.item.weight) < 0.3) continue;
    const side = contrast[x.item.clause] ?? 1;
    const sign = x.weight > 0 ? 1 : 2;
    if (side < 1) before |= sign;
    else if (side > 1) after |= sign;
  }
  return (before === 1 && (after & 2) !== 0) || (before === 2 && (after & 1) !== 0);
}

function summarise(
  scored: readonly Scored[],
  tokens: readonly Token[],
  text: string,
  contrast: readonly number[],
): TargetSentiment {
  let pos = 0;
  let neg = 0;
  for (const x of scored)
    if (x.weight > 0) pos += x.weight;
    else neg += x.weight;
  const sum = pos + neg;
  const score = Math.round(Math.tanh(sum * 1.2) * 100) / 100;
  let label: SentimentLabel = 'neutral';
  if (pos >= 0.3 && neg <= -0.3 && Math.min(pos, -neg) / Math.max(pos, -neg) >= 0.6) label = 'mixed';
  else if (judgedBothWays(scored, contrast)) label = 'mixed';
  else if (score >= 0.2) label = 'positive';
  else if (score <= -0.2) label = 'negative';
  // The eight strongest phrases, in text order (equal positions: the stronger first).
  let deciding = scored.filter(isDeciding);
  if (deciding.length > 8) deciding = deciding.sort(byStrength).slice(0, 8);
  const phrases = deciding.sort(byPositionThenStrength).map((x) => {
    const start = (tokens[x.item.first] as Token).start;
    const end = (tokens[x.item.last] as Token).end;
    return { start, end, text: text.slice(start, end), weight: Math.round(x.weight * 100) / 100, modifiers: x.modifiers };
  });
  return { label, score, phrases };
}

export function analyzeSentiment(
  text: string,
  tokens: readonly Token[],
  lang: LexiconLanguage,
  profile?: BrandProfile,
): SentimentResult {
  const s = structure(tokens);
  const items = findItems(tokens, s, lang);
  const sarcasm = detectSarcasm(tokens, items);
  const named = findMentions(tokens, profile);
  // In a message to the brand, "jullie"/"you" is the brand: a mention like its name, for targeting.
  const mentions = [...named];
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index] as Token;
    if (t.kind === 'word' && hasFlag(t, SECOND_PERSON_WORD))
      mentions.push({ index, endIndex: index + 1, target: 'brand', name: '' });
  }
  mentions.sort((a, b) => a.index - b.index);
  const info = clauseInfo(tokens, s, mentions);
  const brand: Scored[] = [];
  const others: Scored[] = [];
  for (const item of items) {
    const modifiers = [...item.modifiers];
    let weight = item.weight * (info.contrast[item.clause] ?? 1);
    if (weight !== item.weight) modifiers.push('contrast');
    if (sarcasm.value && weight > 0 && !item.negated) {
      weight = -Math.max(weight, 0.4);
      modifiers.push('sarcasm');
    }
    if (item.emoji) modifiers.push('emoji');
    const target = targetOf(item, tokens, info);
    (target === 'brand' ? brand : others).push({ item, weight, modifiers });
    // "Glasnet is beter dan jullie": the one after "dan" gets the opposite of the comparison.
    const compared = comparedWith(item, tokens, s, mentions);
    if (compared && compared !== target)
      (compared === 'brand' ? brand : others).push({ item, weight: -weight, modifiers: [...modifiers, 'comparison'] });
  }
  for (const { item, target } of switchJudgements(tokens, s, mentions)) {
    const weight = item.weight * (info.contrast[item.clause] ?? 1);
    (target === 'brand' ? brand : others).push({
      item,
      weight,
      modifiers: weight !== item.weight ? ['switch', 'contrast'] : ['switch'],
    });
  }
  const competitors = [...new Set(named.filter((m) => m.target === 'other' && m.name).map((m) => m.name))];
  return {
    brand: summarise(brand, tokens, text, info.contrast),
    others: summarise(others, tokens, text, info.contrast),
    overall: summarise([...brand, ...others], tokens, text, info.contrast),
    competitors,
    sarcasm,
  };
}
