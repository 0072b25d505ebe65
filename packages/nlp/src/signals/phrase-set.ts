/**
 * A matcher for cue lists: single words (exact, or a prefix with "*") and multi-word phrases,
 * indexed by their first word (prefixes by their first three letters), so one pass over the
 * tokens costs a few map look-ups per token however long the lists grow.
 */
import { tokenize, type Token } from '../text/tokenize';

export interface PhraseSet<T = true> {
  words: Map<string, T[]>;
  prefixes: Map<string, Array<[string, T]>>;
  phrases: Map<string, Array<[string[], T]>>;
}

export function emptySet<T>(): PhraseSet<T> {
  return { words: new Map(), prefixes: new Map(), phrases: new Map() };
}

/** Adds one cue ("opzeg*", "geen internet") with its payload. */
export function addCue<T>(set: PhraseSet<T>, cue: string, payload: T): void {
  const prefix = cue.endsWith('*');
  const norms = tokenize(prefix ? cue.slice(0, -1) : cue).map((t) => t.norm);
  const first = norms[0];
  if (first === undefined) return;
  const push = <V>(m: Map<string, V[]>, k: string, v: V) => m.set(k, [...(m.get(k) ?? []), v]);
  if (norms.length > 1) push(set.phrases, first, [norms, payload] as [string[], T]);
  else if (prefix) push(set.prefixes, first.slice(0, 3), [first, payload] as [string, T]);
  else push(set.words, first, payload);
}

export function phraseSet(list: string): PhraseSet {
  const set = emptySet<true>();
  for (const raw of list.split(',')) if (raw.trim()) addCue(set, raw.trim(), true);
  return set;
}

export interface Hit<T> {
  cue: string;
  index: number;
  payload: T;
}

function norm(t: Token | undefined): string {
  return t ? (t.alt ?? t.norm) : '';
}

/** The cues of `set` that occur, in text order (at most `max`). */
export function findCues<T>(set: PhraseSet<T>, tokens: readonly Token[], max = 50): Array<Hit<T>> {
  const hits: Array<Hit<T>> = [];
  // Look-ups that miss (most tokens) must not allocate: no `?? []`, no prefix slice when there are no prefixes.
  const { words: wordMap, prefixes: prefixMap, phrases: phraseMap } = set;
  const hasPrefixes = prefixMap.size > 0;
  for (let i = 0; i < tokens.length && hits.length < max; i++) {
    const n = norm(tokens[i]);
    const words = wordMap.get(n);
    if (words !== undefined) for (const payload of words) hits.push({ cue: n, index: i, payload });
    const prefixes = hasPrefixes ? prefixMap.get(n.slice(0, 3)) : undefined;
    if (prefixes !== undefined)
      for (const entry of prefixes) if (n.startsWith(entry[0])) hits.push({ cue: `${entry[0]}*`, index: i, payload: entry[1] });
    const phrases = phraseMap.get(n);
    if (phrases === undefined) continue;
    // Indexing the [words, payload] pairs instead of destructuring them spares an array iterator per entry.
    for (const entry of phrases) {
      const phrase = entry[0];
      let k = 1;
      while (k < phrase.length && norm(tokens[i + k]) === phrase[k]) k++;
      if (k === phrase.length) hits.push({ cue: phrase.join(' '), index: i, payload: entry[1] });
    }
  }
  return hits;
}

/** The cue texts of `set` that occur (at most `max`). */
export function matches(set: PhraseSet, tokens: readonly Token[], max = 5): string[] {
  return findCues(set, tokens, max).map((h) => h.cue);
}
