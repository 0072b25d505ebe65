/**
 * Sentiment toward the account's brand and toward others. Each polar item is weighed by the
 * contrast around it ("maar" outweighs what came before, "hoewel" weakens its own clause), flipped
 * when the message is sarcastic, and given to the entity it is about: the nearest name in its
 * clause, "jullie"/"you" for the brand, a pronoun or the last name mentioned otherwise, and the
 * brand when nobody is named (the message was sent to the brand).
 */
import type { SentimentLabel, TargetSentiment } from '@balie/contracts';
import type { LexiconLanguage } from '../lexicon/index';
import { SECOND_PERSON, THIRD_PERSON } from '../lexicon/modifiers';
import type { Token } from '../text/tokenize';
import { findItems, structure, type Item, type Structure } from './items';
import { detectSarcasm, type Sarcasm } from './sarcasm';
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

function contrastFactor(item: Item, s: Structure): number {
  const sentence = s.sentenceOfClause[item.clause];
  let factor = 1;
  if (s.concessiveClauses.has(item.clause)) factor *= 0.5;
  for (let c = item.clause; c >= 0 && s.sentenceOfClause[c] === sentence; c--) {
    if (s.contrastClauses.has(c) || (s.concessiveClauses.has(c) && c < item.clause)) return factor * 1.3;
  }
  for (let c = item.clause + 1; s.sentenceOfClause[c] === sentence; c++) if (s.contrastClauses.has(c)) return factor * 0.5;
  return factor;
}

function targetOf(item: Item, tokens: readonly Token[], s: Structure, mentions: readonly Mention[]): Mention['target'] {
  const inClause = mentions.filter((m) => s.clauseOf[m.index] === item.clause);
  if (inClause.length > 0) {
    let best = inClause[0] as Mention;
    // The subject usually comes first ("X is top"); a comparison is about what precedes "dan".
    const after = COMPARATIVES.test((tokens[item.first] as Token).norm) ? 100 : 1.5;
    const dist = (m: Mention) => (m.index <= item.first ? item.first - m.index : (m.index - item.last) * after);
    for (const m of inClause) if (dist(m) < dist(best)) best = m;
    return best.target;
  }
  let second = false;
  let third = false;
  for (let i = 0; i < tokens.length; i++) {
    if (s.clauseOf[i] !== item.clause) continue;
    const n = (tokens[i] as Token).norm;
    if (SECOND_PERSON.has(n)) second = true;
    else if (THIRD_PERSON.has(n)) third = true;
  }
  if (second) return 'brand';
  const earlier = mentions.filter((m) => (s.clauseOf[m.index] ?? 0) < item.clause);
  const last = earlier[earlier.length - 1];
  if (last && (third || last.target === 'other')) return last.target;
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

function summarise(scored: readonly Scored[], tokens: readonly Token[], text: string): TargetSentiment {
  let pos = 0;
  let neg = 0;
  for (const x of scored)
    if (x.weight > 0) pos += x.weight;
    else neg += x.weight;
  const sum = pos + neg;
  const score = Math.round(Math.tanh(sum * 1.2) * 100) / 100;
  let label: SentimentLabel = 'neutral';
  if (pos >= 0.3 && neg <= -0.3 && Math.min(pos, -neg) / Math.max(pos, -neg) >= 0.6) label = 'mixed';
  else if (score >= 0.2) label = 'positive';
  else if (score <= -0.2) label = 'negative';
  const phrases = scored
    .filter((x) => Math.abs(x.weight) >= 0.1)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 8)
    .map((x) => {
      const start = (tokens[x.item.first] as Token).start;
      const end = (tokens[x.item.last] as Token).end;
      return { start, end, text: text.slice(start, end), weight: Math.round(x.weight * 100) / 100, modifiers: x.modifiers };
    })
    .sort((a, b) => a.start - b.start);
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
  tokens.forEach((t, index) => {
    if (t.kind === 'word' && SECOND_PERSON.has(t.norm)) mentions.push({ index, endIndex: index + 1, target: 'brand', name: '' });
  });
  mentions.sort((a, b) => a.index - b.index);
  const brand: Scored[] = [];
  const others: Scored[] = [];
  for (const item of items) {
    const modifiers = [...item.modifiers];
    let weight = item.weight * contrastFactor(item, s);
    if (weight !== item.weight) modifiers.push('contrast');
    if (sarcasm.value && weight > 0 && !item.negated) {
      weight = -Math.max(weight, 0.4);
      modifiers.push('sarcasm');
    }
    if (item.emoji) modifiers.push('emoji');
    const target = targetOf(item, tokens, s, mentions);
    (target === 'brand' ? brand : others).push({ item, weight, modifiers });
    // "Glasnet is beter dan jullie": the one after "dan" gets the opposite of the comparison.
    const compared = comparedWith(item, tokens, s, mentions);
    if (compared && compared !== target)
      (compared === 'brand' ? brand : others).push({ item, weight: -weight, modifiers: [...modifiers, 'comparison'] });
  }
  const competitors = [...new Set(named.filter((m) => m.target === 'other' && m.name).map((m) => m.name))];
  return {
    brand: summarise(brand, tokens, text),
    others: summarise(others, tokens, text),
    overall: summarise([...brand, ...others], tokens, text),
    competitors,
    sarcasm,
  };
}
