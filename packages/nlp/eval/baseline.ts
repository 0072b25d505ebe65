/**
 * The word-list baseline of seed 001: the Pattern lexicon alone, polarities summed per message,
 * no negation, no target. Its label is given to the brand, and to the others when the message
 * names a competitor (a word list cannot tell whom a word is about).
 */
import { PATTERN_NL } from '../src/lexicon/index';

export function baselineLabel(text: string): string {
  let sum = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) sum += PATTERN_NL.get(word) ?? 0;
  return sum > 0.1 ? 'positive' : sum < -0.1 ? 'negative' : 'neutral';
}
