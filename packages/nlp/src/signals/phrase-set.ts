/**
 * A matcher for cue lists: single words (exact, or a prefix with "*") and multi-word phrases.
 * Words and phrases are kept in the vocabulary under their first word, so a token costs one
 * property read per list (its entry was found once for all analyzers). The prefixes a word
 * starts with are worked out once per word and kept in its entry too.
 */
import { tokenize, type Token } from '../text/tokenize';
import { looseEntryOf, register, setValue, valueOf, wordSlot, type WordSlot } from '../text/vocabulary';

/** A multi-word cue: its words, its payload, and its text as hits report it. */
type Phrase<T> = [string[], T, string];

/** What starts at a word: the cues that are this word, and the phrases that begin with it. */
interface Start<T> {
  words: T[];
  phrases: Array<Phrase<T>>;
}

type Prefix<T> = [string, T, string];

export interface PhraseSet<T = true> {
  starts: WordSlot<Start<T>>;
  /** first char code → [prefix, payload, prefix + "*"] */
  prefixes: Map<number, Array<Prefix<T>>>;
  /** per word: the prefixes it starts with (made with the first prefix cue) */
  prefixesOf: WordSlot<ReadonlyArray<Prefix<T>>> | undefined;
}

export function emptySet<T>(): PhraseSet<T> {
  return { starts: wordSlot<Start<T>>(), prefixes: new Map(), prefixesOf: undefined };
}

const NO_PREFIXES: readonly never[] = [];

/** The prefix cues of `set` the token starts with, worked out once per word. */
function prefixesOf<T>(set: PhraseSet<T>, slot: WordSlot<ReadonlyArray<Prefix<T>>>, t: Token): ReadonlyArray<Prefix<T>> {
  const entry = looseEntryOf(t);
  let found = valueOf(entry, slot);
  if (found === undefined) {
    const n = norm(t);
    const candidates = set.prefixes.get(n.charCodeAt(0));
    const matching = candidates?.filter((p) => n.startsWith(p[0]));
    found = matching && matching.length > 0 ? matching : NO_PREFIXES;
    setValue(entry, slot, found);
  }
  return found;
}

/** Adds one cue ("opzeg*", "geen internet") with its payload. */
export function addCue<T>(set: PhraseSet<T>, cue: string, payload: T): void {
  const prefix = cue.endsWith('*');
  const norms = tokenize(prefix ? cue.slice(0, -1) : cue).map((t) => t.norm);
  const first = norms[0];
  if (first === undefined) return;
  if (norms.length === 1 && prefix) {
    if (first.length < 3) throw new Error(`cue "${cue}": a prefix needs three letters or more`);
    const key = first.charCodeAt(0);
    set.prefixes.set(key, [...(set.prefixes.get(key) ?? []), [first, payload, `${first}*`]]);
    set.prefixesOf ??= wordSlot();
    return;
  }
  const entry = register(first);
  let start = valueOf(entry, set.starts);
  if (start === undefined) setValue(entry, set.starts, (start = { words: [], phrases: [] }));
  if (norms.length > 1) start.phrases.push([norms, payload, norms.join(' ')]);
  else start.words.push(payload);
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
  const { starts, prefixesOf: prefixSlot } = set;
  for (let i = 0; i < tokens.length && hits.length < max; i++) {
    const t = tokens[i] as Token;
    const start = valueOf(looseEntryOf(t), starts);
    const prefixes = prefixSlot === undefined ? NO_PREFIXES : prefixesOf(set, prefixSlot, t);
    if (start === undefined && prefixes.length === 0) continue;
    const n = norm(t);
    if (start !== undefined) for (const payload of start.words) hits.push({ cue: n, index: i, payload });
    for (const entry of prefixes) hits.push({ cue: entry[2], index: i, payload: entry[1] });
    if (start === undefined) continue;
    // Indexing the [words, payload] pairs instead of destructuring them spares an array iterator per entry.
    for (const entry of start.phrases) {
      const phrase = entry[0];
      let k = 1;
      while (k < phrase.length && norm(tokens[i + k]) === phrase[k]) k++;
      if (k === phrase.length) hits.push({ cue: entry[2], index: i, payload: entry[1] });
    }
  }
  return hits;
}
