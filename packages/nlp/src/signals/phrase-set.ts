/**
 * A matcher for cue lists: single words (exact, or a prefix with "*") and multi-word phrases.
 * Words and phrases are kept in the vocabulary under their first word, so a token costs one
 * property read per list (its entry was found once for all analyzers). The prefixes a word
 * starts with are worked out once per word and kept with its cues.
 *
 * Every cue gets a number (in the order added); a scan writes the hits as (cue, token index)
 * pairs into typed arrays kept on the set, so a message allocates nothing however many cues it
 * holds. The caller reads them before the next scan of that set.
 */
import { tokenize, type Token } from '../text/tokenize';
import { looseEntryOf, register, setValue, valueOf, wordSlot, type WordEntry, type WordSlot } from '../text/vocabulary';

/** What starts at a word in one set: the cues that are this word or one of its prefixes, and the phrases that begin with it. */
interface Start {
  /** numbers of the cues that are this word, then of the prefix cues it starts with */
  cues: number[];
  /** whether the prefix cues are in `cues` yet (worked out on the word's first sight) */
  prefixed: boolean;
  /** per phrase: its second word, checked first since most phrases fail there */
  seconds: string[];
  /** per phrase: all its words */
  phrases: string[][];
  /** per phrase: its cue number */
  phraseCues: number[];
}

export interface PhraseSet<T = true> {
  starts: WordSlot<Start>;
  /** first char code → [prefix, cue number] */
  prefixes: Map<number, Array<[string, number]>>;
  /** per cue number: its text as hits report it ("opzeg*", "geen internet") */
  texts: string[];
  /** per cue number: its payload */
  payloads: T[];
  /** the hits of the last scan: cue numbers and token indexes (grown when full) */
  hitCues: Int32Array;
  hitIndexes: Int32Array;
}

export function emptySet<T>(): PhraseSet<T> {
  return {
    starts: wordSlot<Start>(),
    prefixes: new Map(),
    texts: [],
    payloads: [],
    hitCues: new Int32Array(64),
    hitIndexes: new Int32Array(64),
  };
}

/** The start of a word that is no cue and begins none; shared, never changed. */
const NO_CUES: Start = { cues: [], prefixed: true, seconds: [], phrases: [], phraseCues: [] };

function newStart(prefixed: boolean): Start {
  return { cues: [], prefixed, seconds: [], phrases: [], phraseCues: [] };
}

/** Adds one cue ("opzeg*", "geen internet") with its payload. */
export function addCue<T>(set: PhraseSet<T>, cue: string, payload: T): void {
  const prefix = cue.endsWith('*');
  const norms = tokenize(prefix ? cue.slice(0, -1) : cue).map((t) => t.norm);
  const first = norms[0];
  if (first === undefined) return;
  const id = set.texts.length;
  const isPrefix = norms.length === 1 && prefix;
  if (isPrefix) {
    if (first.length < 3) throw new Error(`cue "${cue}": a prefix needs three letters or more`);
    const key = first.charCodeAt(0);
    set.prefixes.set(key, [...(set.prefixes.get(key) ?? []), [first, id]]);
  } else {
    const entry = register(first);
    let start = valueOf(entry, set.starts);
    if (start === undefined || start === NO_CUES) setValue(entry, set.starts, (start = newStart(false)));
    if (norms.length > 1) {
      start.seconds.push(norms[1] as string);
      start.phrases.push(norms);
      start.phraseCues.push(id);
    } else start.cues.push(id);
  }
  set.texts.push(isPrefix ? `${first}*` : norms.join(' '));
  set.payloads.push(payload);
}

function norm(t: Token | undefined): string {
  return t ? (t.alt ?? t.norm) : '';
}

/** Adds the prefix cues the token starts with to its start (made when it has none), once per word. */
function withPrefixes<T>(set: PhraseSet<T>, entry: WordEntry, start: Start | undefined, t: Token): Start {
  const n = norm(t);
  const candidates = set.prefixes.get(n.charCodeAt(0));
  if (candidates !== undefined)
    for (const [prefix, id] of candidates) {
      if (!n.startsWith(prefix)) continue;
      if (start === undefined) setValue(entry, set.starts, (start = newStart(true)));
      start.cues.push(id);
    }
  if (start === undefined) {
    setValue(entry, set.starts, NO_CUES);
    return NO_CUES;
  }
  start.prefixed = true;
  return start;
}

function addHit<T>(set: PhraseSet<T>, count: number, cue: number, index: number): number {
  if (count === set.hitCues.length) {
    const cues = new Int32Array(2 * count);
    const indexes = new Int32Array(2 * count);
    cues.set(set.hitCues);
    indexes.set(set.hitIndexes);
    set.hitCues = cues;
    set.hitIndexes = indexes;
  }
  set.hitCues[count] = cue;
  set.hitIndexes[count] = index;
  return count + 1;
}

/**
 * Finds the cues of `set` that occur, in text order, and writes them to set.hitCues and
 * set.hitIndexes; returns how many. No token is looked at once `max` hits are found (a token
 * may still add several).
 */
export function findCues<T>(set: PhraseSet<T>, tokens: readonly Token[], max = 50): number {
  const { starts } = set;
  const hasPrefixes = set.prefixes.size > 0;
  let count = 0;
  for (let i = 0; i < tokens.length && count < max; i++) {
    const t = tokens[i] as Token;
    const entry = looseEntryOf(t);
    let start = valueOf(entry, starts);
    if (start === undefined ? hasPrefixes : !start.prefixed) start = withPrefixes(set, entry, start, t);
    if (start === undefined) continue;
    const { cues, phraseCues } = start;
    for (let c = 0; c < cues.length; c++) count = addHit(set, count, cues[c] as number, i);
    if (phraseCues.length === 0) continue;
    const second = norm(tokens[i + 1]);
    for (let p = 0; p < phraseCues.length; p++) {
      if (start.seconds[p] !== second) continue;
      const phrase = start.phrases[p] as string[];
      let k = 2;
      while (k < phrase.length && norm(tokens[i + k]) === phrase[k]) k++;
      if (k === phrase.length) count = addHit(set, count, phraseCues[p] as number, i);
    }
  }
  return count;
}
