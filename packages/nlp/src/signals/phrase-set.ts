/**
 * A matcher for cue lists: single words (exact, or a prefix with "*") and multi-word phrases.
 * Every list (intent rules, urgency, formality) goes into one index, kept in the vocabulary under
 * each cue's first word, so a message's tokens are walked once for all lists and a token costs
 * one property read (its entry was found once for all analyzers). The prefixes a word starts
 * with are worked out once per word and kept with its cues.
 *
 * A scan writes its hits as (list, cue, token index) into typed arrays, so a message allocates
 * nothing however many cues it holds, and keeps them until another token array is scanned: the
 * analyzers of one message share one scan.
 */
import { grown } from '../text/grown';
import { tokenize, type Token } from '../text/tokenize';
import { looseEntryOf, register, setValue, valueOf, wordSlot, type WordEntry } from '../text/vocabulary';

/** A list's cues are numbered from 0; a code packs the list into the low bits. */
const LIST_BITS = 3;
const LIST_MASK = (1 << LIST_BITS) - 1;

/** What starts at a word: the cues that are this word or one of its prefixes, and the phrases that begin with it. */
interface Start {
  /** codes of the cues that are this word, then of the prefix cues it starts with */
  cues: number[];
  /** whether the prefix cues are in `cues` yet (worked out on the word's first sight) */
  prefixed: boolean;
  /**
   * per phrase: the start of its second word, checked first since most phrases fail there; the
   * next token's start is at hand, and a word's start is its own, so this compares no strings
   */
  seconds: Start[];
  /** per phrase: all its words */
  phrases: string[][];
  /** per phrase: its code */
  phraseCues: number[];
}

/** One list of cues, each with a payload of type T. */
export interface CueList<T> {
  readonly id: number;
  /** no token is looked at for this list once it has this many hits (a token may still add several) */
  readonly maxHits: number;
  /** per cue: its text as hits report it ("opzeg*", "geen internet") */
  readonly texts: string[];
  readonly payloads: T[];
}

const starts = wordSlot<Start>();
/** first char code → [prefix, code] of every prefix cue */
const prefixes = new Map<number, Array<[string, number]>>();
const lists: Array<CueList<unknown>> = [];

/** The start of a word that is no cue and begins none; shared, never changed. */
const NO_CUES: Start = { cues: [], prefixed: true, seconds: [], phrases: [], phraseCues: [] };

function newStart(prefixed: boolean): Start {
  return { cues: [], prefixed, seconds: [], phrases: [], phraseCues: [] };
}

export function cueList<T>(maxHits: number): CueList<T> {
  if (lists.length > LIST_MASK) throw new Error(`cue lists: more than ${LIST_MASK + 1}; raise LIST_BITS`);
  const list: CueList<T> = { id: lists.length, maxHits, texts: [], payloads: [] };
  lists.push(list as CueList<unknown>);
  hitsPerList = new Int32Array(lists.length);
  countBeforeToken = new Int32Array(lists.length);
  lastToken = new Int32Array(lists.length);
  return list;
}

/** Adds one cue ("opzeg*", "geen internet") with its payload. */
export function addCue<T>(list: CueList<T>, cue: string, payload: T): void {
  const prefix = cue.endsWith('*');
  const norms = tokenize(prefix ? cue.slice(0, -1) : cue).map((t) => t.norm);
  const first = norms[0];
  if (first === undefined) return;
  const code = (list.texts.length << LIST_BITS) | list.id;
  const isPrefix = norms.length === 1 && prefix;
  if (isPrefix) {
    if (first.length < 3) throw new Error(`cue "${cue}": a prefix needs three letters or more`);
    const key = first.charCodeAt(0);
    prefixes.set(key, [...(prefixes.get(key) ?? []), [first, code]]);
  } else {
    const start = ownStart(first);
    if (norms.length > 1) {
      start.seconds.push(ownStart(norms[1] as string));
      start.phrases.push(norms);
      start.phraseCues.push(code);
    } else start.cues.push(code);
  }
  list.texts.push(isPrefix ? `${first}*` : norms.join(' '));
  list.payloads.push(payload);
}

/** The start of `word`, made for it alone (not the shared NO_CUES). */
function ownStart(word: string): Start {
  const entry = register(word);
  let start = valueOf(entry, starts);
  if (start === undefined || start === NO_CUES) setValue(entry, starts, (start = newStart(false)));
  return start;
}

function norm(t: Token | undefined): string {
  return t ? (t.alt ?? t.norm) : '';
}

/** What starts at token `t`. */
function startOf(t: Token): Start {
  const entry = looseEntryOf(t);
  const start = valueOf(entry, starts);
  return start !== undefined && start.prefixed ? start : withPrefixes(entry, start, t);
}

/** Adds the prefix cues the token starts with to its start (made when it has none), once per word. */
function withPrefixes(entry: WordEntry, start: Start | undefined, t: Token): Start {
  const n = norm(t);
  const candidates = prefixes.get(n.charCodeAt(0));
  if (candidates !== undefined)
    for (const [prefix, code] of candidates) {
      if (!n.startsWith(prefix)) continue;
      if (start === undefined) setValue(entry, starts, (start = newStart(true)));
      start.cues.push(code);
    }
  if (start === undefined) {
    setValue(entry, starts, NO_CUES);
    return NO_CUES;
  }
  start.prefixed = true;
  return start;
}

/** The hits of a scan, in text order: list, cue number in the list, token index. */
export interface Hits {
  count: number;
  lists: Int32Array;
  cues: Int32Array;
  indexes: Int32Array;
}

/** The hits of the last scan (the arrays are grown when full). */
export const hits: Hits = { count: 0, lists: new Int32Array(64), cues: new Int32Array(64), indexes: new Int32Array(64) };
let scanned: readonly Token[] | undefined;
/** Per list: hits so far, hits before the token being looked at, and that token's index. */
let hitsPerList = new Int32Array(0);
let countBeforeToken = new Int32Array(0);
let lastToken = new Int32Array(0);
/** lists that have all the hits they look for */
let fullLists = 0;

function addHit(code: number, index: number): void {
  const list = code & LIST_MASK;
  if (lastToken[list] !== index) {
    lastToken[list] = index;
    countBeforeToken[list] = hitsPerList[list] as number;
  }
  const { maxHits } = lists[list] as CueList<unknown>;
  if ((countBeforeToken[list] as number) >= maxHits) return;
  if ((hitsPerList[list] = (hitsPerList[list] as number) + 1) === maxHits) fullLists++;
  const n = hits.count++;
  if (n === hits.cues.length) {
    hits.lists = grown(hits.lists, 2 * hits.lists.length);
    hits.cues = grown(hits.cues, 2 * hits.cues.length);
    hits.indexes = grown(hits.indexes, 2 * hits.indexes.length);
  }
  hits.lists[n] = list;
  hits.cues[n] = code >>> LIST_BITS;
  hits.indexes[n] = index;
}

/**
 * Finds the cues of every list in `tokens`, in text order, into `hits`; returns how many. The
 * scan of the last token array is kept, so scanning it again costs nothing.
 */
export function findCues(tokens: readonly Token[]): number {
  if (tokens === scanned) return hits.count;
  scanned = tokens;
  hits.count = 0;
  hitsPerList.fill(0);
  lastToken.fill(-1);
  fullLists = 0;
  /** the start of the token at i, when the token before looked it up */
  let next: Start | undefined;
  for (let i = 0; i < tokens.length && fullLists < lists.length; i++) {
    const start = next ?? startOf(tokens[i] as Token);
    next = undefined;
    const { cues, phraseCues } = start;
    for (let c = 0; c < cues.length; c++) addHit(cues[c] as number, i);
    if (phraseCues.length === 0 || i + 1 === tokens.length) continue;
    const second = (next = startOf(tokens[i + 1] as Token));
    for (let p = 0; p < phraseCues.length; p++) {
      if (start.seconds[p] !== second) continue;
      const phrase = start.phrases[p] as string[];
      let k = 2;
      while (k < phrase.length && norm(tokens[i + k]) === phrase[k]) k++;
      if (k === phrase.length) addHit(phraseCues[p] as number, i);
    }
  }
  return hits.count;
}
