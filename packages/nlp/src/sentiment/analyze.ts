/**
 * Sentiment toward the account's brand and toward others. Each polar item is weighed by the
 * contrast around it ("maar" outweighs what came before, "hoewel" weakens its own clause), flipped
 * when the message is sarcastic, and given to the entity it is about: the nearest name in its
 * clause, "jullie"/"you" for the brand, a pronoun or the last name mentioned otherwise, and the
 * brand when nobody is named (the message was sent to the brand).
 */
import type { TargetSentiment } from '@balie/contracts';
import type { LexiconLanguage } from '../lexicon/index';
import type { Token } from '../text/tokenize';
import { CONCESSIVE_CLAUSE, CONTRAST_CLAUSE, findItems, ItemList, structure, THIRD_PERSON_CLAUSE, type Structure } from './items';
import { ABOUT_BRAND, COMPARISON, CONTRAST, NEGATED, SARCASM, SWITCHED } from './modifier-bits';
import { detectSarcasm, type Sarcasm } from './sarcasm';
import { copySummary, Judgements, summarise } from './summary';
import { switchJudgements } from './switching';
import { findMentions, type BrandProfile, type MentionList } from './targets';

export interface SentimentResult {
  brand: TargetSentiment;
  others: TargetSentiment;
  overall: TargetSentiment;
  competitors: string[];
  sarcasm: Sarcasm;
}

/** The contrast weight per clause (reused from message to message). */
let contrast = new Float64Array(64);

function clauseWeights(s: Structure): Float64Array {
  const clauses = s.clauses;
  if (contrast.length < clauses) contrast = new Float64Array(2 * clauses);
  // A loop, not fill(): a message has a few clauses, and the built-in call costs more than that.
  for (let c = 0; c < clauses; c++) contrast[c] = 1;
  if (!s.contrasted) return contrast;
  const { sentenceOfClause, clauseFlags } = s;
  // Forward: a clause at or after a contrast ("maar") in its sentence weighs more.
  let seen = false;
  for (let c = 0; c < clauses; c++) {
    if (c > 0 && sentenceOfClause[c] !== sentenceOfClause[c - 1]) seen = false;
    if (
      ((clauseFlags[c] as number) & CONTRAST_CLAUSE) !== 0 ||
      (c > 0 && ((clauseFlags[c - 1] as number) & CONCESSIVE_CLAUSE) !== 0 && sentenceOfClause[c - 1] === sentenceOfClause[c])
    )
      seen = true;
    if (seen) contrast[c] = 1.3;
  }
  // Backward: a clause before a contrast in its sentence weighs less; a concession ("hoewel") weakens its own clause.
  let ahead = false;
  for (let c = clauses - 1; c >= 0; c--) {
    if (c < clauses - 1 && sentenceOfClause[c] !== sentenceOfClause[c + 1]) ahead = false;
    if (ahead && contrast[c] === 1) contrast[c] = 0.5;
    if (((clauseFlags[c] as number) & CONTRAST_CLAUSE) !== 0) ahead = true;
    if (((clauseFlags[c] as number) & CONCESSIVE_CLAUSE) !== 0) (contrast[c] as number) *= 0.5;
  }
  return contrast;
}

/**
 * Per clause, the first of its mentions (mentions are in text order, so a clause's are consecutive):
 * computed once so that each item is placed in constant time (a message of 10,000 emoji has 10,000
 * items and must not cost 10,000² steps). mentionsFrom[c + 1] ends clause c's.
 */
let mentionsFrom = new Int32Array(64);

function placeMentions(s: Structure, mentions: MentionList): void {
  if (mentionsFrom.length <= s.clauses) mentionsFrom = new Int32Array(2 * (s.clauses + 1));
  let k = 0;
  for (let c = 0; c <= s.clauses; c++) {
    while (k < mentions.count && (s.clauseOf[mentions.index[k] as number] as number) < c) k++;
    mentionsFrom[c] = k;
  }
}

/** How far a name is from an item; names after it count `after` times as far. */
function distance(first: number, last: number, index: number, after: number): number {
  return index <= first ? first - index : (index - last) * after;
}

/** Is the item about the brand? The nearest name in its clause, else the one before if a pronoun continues it. */
function aboutBrand(
  first: number,
  last: number,
  clause: number,
  tokens: readonly Token[],
  s: Structure,
  mentions: MentionList,
): boolean {
  const from = mentionsFrom[clause] as number;
  // At most 20 names per clause are weighed.
  const to = Math.min(mentionsFrom[clause + 1] as number, from + 20);
  if (to > from) {
    let best = from;
    // The subject usually comes first ("X is top"); a comparison is about what precedes "dan".
    const after = COMPARATIVES.has((tokens[first] as Token).norm) ? 100 : 1.5;
    for (let m = from; m < to; m++)
      if (
        distance(first, last, mentions.index[m] as number, after) < distance(first, last, mentions.index[best] as number, after)
      )
        best = m;
    return mentions.brand[best] === 1;
  }
  const before = from - 1;
  if (before >= 0 && (((s.clauseFlags[clause] as number) & THIRD_PERSON_CLAUSE) !== 0 || mentions.brand[before] === 0))
    return mentions.brand[before] === 1;
  return true;
}

const COMPARATIVES = new Set([
  'beter',
  'slechter',
  'sneller',
  'trager',
  'goedkoper',
  'duurder',
  'vriendelijker',
  'betrouwbaarder',
  'better',
  'worse',
  'faster',
  'slower',
  'cheaper',
  'friendlier',
]);

const NOT_COMPARED = -1;

/** The mention an item is compared with ("beter dan jullie"): its index, or NOT_COMPARED. */
function comparedWith(
  first: number,
  last: number,
  clause: number,
  tokens: readonly Token[],
  s: Structure,
  mentions: MentionList,
): number {
  if (!COMPARATIVES.has((tokens[first] as Token).norm)) return NOT_COMPARED;
  for (let i = last + 1; i < tokens.length && i <= last + 3 && s.clauseOf[i] === clause; i++) {
    const n = (tokens[i] as Token).norm;
    if (n !== 'dan' && n !== 'than') continue;
    for (let m = 0; m < mentions.count; m++) {
      const index = mentions.index[m] as number;
      if (index > i && index <= i + 3) return m;
    }
    return NOT_COMPARED;
  }
  return NOT_COMPARED;
}

const brand = new Judgements();
const others = new Judgements();
const everyone = new Judgements();
const switches = new ItemList();

export function analyzeSentiment(
  text: string,
  tokens: readonly Token[],
  lang: LexiconLanguage,
  profile?: BrandProfile,
): SentimentResult {
  const s = structure(tokens);
  const items = findItems(tokens, s, lang);
  const sarcasm = detectSarcasm(tokens, items, s);
  const mentions = findMentions(tokens, s, profile);
  const weights = clauseWeights(s);
  // Nobody named, not even "jullie": everything is about the brand, which the message was sent to.
  const named = mentions.count > 0;
  if (named) placeMentions(s, mentions);
  brand.count = 0;
  others.count = 0;
  for (let k = 0; k < items.count; k++) {
    const first = items.first[k] as number;
    const last = items.last[k] as number;
    const clause = items.clause[k] as number;
    const itemWeight = items.weight[k] as number;
    let bits = items.bits[k] as number;
    let weight = itemWeight * (weights[clause] as number);
    if (weight !== itemWeight) bits |= CONTRAST;
    if (sarcasm.value && weight > 0 && (bits & NEGATED) === 0) {
      weight = -Math.max(weight, 0.4);
      bits |= SARCASM;
    }
    const toBrand = !named || aboutBrand(first, last, clause, tokens, s, mentions);
    (toBrand ? brand : others).add(first, last, clause, itemWeight, weight, bits);
    if (!named) continue;
    // "Glasnet is beter dan jullie": the one after "dan" gets the opposite of the comparison.
    const compared = comparedWith(first, last, clause, tokens, s, mentions);
    if (compared !== NOT_COMPARED && mentions.brand[compared] !== (toBrand ? 1 : 0))
      (toBrand ? others : brand).add(first, last, clause, itemWeight, -weight, bits | COMPARISON);
  }
  if (named) {
    switches.count = 0;
    switchJudgements(tokens, s, mentions, switches);
    for (let k = 0; k < switches.count; k++) {
      const clause = switches.clause[k] as number;
      const itemWeight = switches.weight[k] as number;
      const weight = itemWeight * (weights[clause] as number);
      const bits = SWITCHED | (weight !== itemWeight ? CONTRAST : 0);
      const list = ((switches.bits[k] as number) & ABOUT_BRAND) !== 0 ? brand : others;
      list.add(switches.first[k] as number, switches.last[k] as number, clause, itemWeight, weight, bits);
    }
  }
  const brandSummary = summarise(brand, tokens, text, weights);
  // Usually all is about the brand, and the overall summary is the brand's.
  let overall: TargetSentiment;
  if (others.count > 0) {
    everyone.count = 0;
    everyone.append(brand);
    everyone.append(others);
    overall = summarise(everyone, tokens, text, weights);
  } else overall = copySummary(brandSummary);
  return {
    brand: brandSummary,
    others: summarise(others, tokens, text, weights),
    overall,
    competitors: mentions.competitors,
    sarcasm,
  };
}
