/**
 * Finds where a message names the account's brand (names, handles, products) or a competitor,
 * by matching normalised token sequences, so "@Voltanet", "voltanet's", "#voltanet" and
 * "VOLTANET" are all the brand. The matcher is built once per brand profile and cached.
 */
import { grown } from '../text/grown';
import { tokenize, type Token } from '../text/tokenize';
import { GENERIC_OTHER, SECOND_PERSON_WORD } from '../lexicon/modifiers';
import { entryOf, setValue, valueOf, wordSlot } from '../text/vocabulary';
import type { Structure } from './items';

export interface BrandProfile {
  names: readonly string[];
  handles?: readonly string[];
  products?: readonly string[];
  competitors?: readonly string[];
}

/** The entities a message names, in text order, as parallel arrays reused from message to message. */
export class MentionList {
  count = 0;
  /** index of the first token */
  index = new Int32Array(16);
  /** index after the last token */
  end = new Int32Array(16);
  /** 1: the brand, 0: another */
  brand = new Uint8Array(16);
  /** the competitors named, as written in the profile, each once (a new array per message: it is returned) */
  competitors: string[] = [];

  add(index: number, end: number, brand: boolean): void {
    const k = this.count++;
    if (k === this.index.length) this.grow();
    this.index[k] = index;
    this.end[k] = end;
    this.brand[k] = brand ? 1 : 0;
  }

  private grow(): void {
    const size = 2 * this.index.length;
    this.index = grown(this.index, size);
    this.end = grown(this.end, size);
    this.brand = grown(this.brand, size);
  }
}

interface Entry {
  seq: string[];
  target: 'brand' | 'other';
  name: string;
}

interface Matcher {
  /** first word → entries starting with it, longest first */
  byFirst: Map<string, Entry[]>;
  /** lengths of the first words, so a shortened form ("voltanets" → "voltanet") is only made when it could match */
  firstLengths: Set<number>;
  /**
   * the first two letters of the first words, hashed to PAIR_SLOTS (a clash only costs a look-up),
   * so that most words are passed over at a glance; undefined when a first word is shorter than two letters
   */
  firstPairs: Uint8Array | undefined;
  /** this matcher's bit in the NO_NAME_UNDER memo (0 for the 32nd matcher on: not memoised) */
  bit: number;
}
const cache = new WeakMap<BrandProfile, Matcher>();
let matchersBuilt = 0;

function keyOf(norm: string): string {
  return norm.startsWith('@') || norm.startsWith('#') ? norm.slice(1) : norm;
}

function build(profile: BrandProfile): Matcher {
  const m = new Map<string, Entry[]>();
  const add = (text: string, target: 'brand' | 'other') => {
    const seq = tokenize(text)
      .filter((t) => t.kind !== 'punct')
      .map((t) => keyOf(t.norm));
    if (seq.length === 0) return;
    // A handle is also written as a plain word or a hashtag; a multi-word name also glued together.
    const variants = [seq, ...(seq.length > 1 ? [[seq.join('')]] : [])];
    for (const v of variants) {
      const first = v[0] as string;
      const list = m.get(first) ?? [];
      list.push({ seq: v, target, name: text });
      list.sort((a, b) => b.seq.length - a.seq.length);
      m.set(first, list);
    }
  };
  for (const n of profile.names) add(n, 'brand');
  for (const h of profile.handles ?? []) add(h, 'brand');
  for (const p of profile.products ?? []) add(p, 'brand');
  for (const c of profile.competitors ?? []) add(c, 'other');
  const keys = [...m.keys()];
  let firstPairs: Uint8Array | undefined;
  if (keys.every((k) => k.length >= 2)) {
    firstPairs = new Uint8Array(PAIR_SLOTS);
    for (const k of keys) firstPairs[pairSlot(k.charCodeAt(0), k.charCodeAt(1))] = 1;
  }
  const bit = matchersBuilt < 31 ? 1 << matchersBuilt : 0;
  matchersBuilt++;
  return { byFirst: m, firstLengths: new Set(keys.map((k) => k.length)), firstPairs, bit };
}

const PAIR_SLOTS = 4096;

function pairSlot(c0: number, c1: number): number {
  return ((c0 << 5) ^ c1) & (PAIR_SLOTS - 1);
}

/** Could a name start with the token `norm`? Every form nameAt tries begins with the word's first two letters. */
function mayName(matcher: Matcher, norm: string): boolean {
  if (matcher.firstPairs === undefined) return true;
  const c = norm.charCodeAt(0);
  const at = c === 64 || c === 35 ? 1 : 0; // @ #
  return norm.length >= at + 2 && matcher.firstPairs[pairSlot(norm.charCodeAt(at), norm.charCodeAt(at + 1))] === 1;
}

/** Set by nameAt: some form of the word is the first word of a name (whether or not the rest followed). */
let formStartsName = false;

/** The entity named at token `i` under the form `form` of that token, if any. */
function matchAt(matcher: Matcher, tokens: readonly Token[], i: number, form: string): Entry | undefined {
  const entries = matcher.byFirst.get(form);
  if (entries === undefined) return undefined;
  formStartsName = true;
  for (const e of entries) {
    let ok = true;
    for (let k = 1; k < e.seq.length && ok; k++) ok = keyOf(tokens[i + k]?.norm ?? '') === e.seq[k];
    if (ok) return e;
  }
  return undefined;
}

/** The entity named at token `i` under any of its forms: itself, without a possessive s, before a hyphen. */
function nameAt(matcher: Matcher, tokens: readonly Token[], i: number): Entry | undefined {
  formStartsName = false;
  const k = keyOf((tokens[i] as Token).norm);
  const fits = matcher.firstLengths;
  let found = matchAt(matcher, tokens, i, k);
  if (found === undefined && k.endsWith("'s")) {
    if (fits.has(k.length - 2)) found = matchAt(matcher, tokens, i, k.slice(0, -2));
  } else if (found === undefined && k.endsWith('s') && k.length > 4 && fits.has(k.length - 1))
    found = matchAt(matcher, tokens, i, k.slice(0, -1));
  const dash = found === undefined ? k.indexOf('-') : -1;
  if (dash > 1 && fits.has(dash)) found = matchAt(matcher, tokens, i, k.slice(0, dash));
  return found;
}

/**
 * Per word, the bits of the matchers under which none of its forms starts a name, so that it cannot
 * name anything whatever follows: a common word that passes mayName ("voor" for "Voltanet", "en"
 * for "Eneco") is then passed over at one look-up in the next messages for those brands.
 */
const NO_NAME_UNDER = wordSlot<number>();

/** Could the token `t` name something under `matcher`? (A handle has no entry to keep the answer with.) */
function mayBeName(matcher: Matcher, t: Token): boolean {
  return mayName(matcher, t.norm) && (t.kind === 'handle' || ((valueOf(entryOf(t), NO_NAME_UNDER) ?? 0) & matcher.bit) === 0);
}

/** Notes with the word of `t` that no name starts with it under `matcher`. */
function noteNoName(matcher: Matcher, t: Token): void {
  if (t.kind === 'handle' || matcher.bit === 0) return;
  const entry = entryOf(t);
  setValue(entry, NO_NAME_UNDER, (valueOf(entry, NO_NAME_UNDER) ?? 0) | matcher.bit);
}

const NO_NAMES: Matcher = { byFirst: new Map(), firstLengths: new Set(), firstPairs: undefined, bit: 0 };
const mentions = new MentionList();

/** In a message to the brand, "jullie"/"you" is the brand: a mention like its name, for targeting. */
function addSecondPerson(t: Token, i: number, flags: number): void {
  if (t.kind === 'word' && (flags & SECOND_PERSON_WORD) !== 0) mentions.add(i, i + 1, true);
}

function matcherOf(profile: BrandProfile | undefined): Matcher {
  if (!profile) return NO_NAMES;
  let matcher = cache.get(profile);
  if (matcher === undefined) cache.set(profile, (matcher = build(profile)));
  return matcher;
}

/** The names, generic others ("concurrent") and second-person pronouns of the message (a MentionList reused). */
export function findMentions(tokens: readonly Token[], s: Structure, profile: BrandProfile | undefined): MentionList {
  const { tokenFlags } = s;
  const matcher = matcherOf(profile);
  mentions.count = 0;
  mentions.competitors = [];
  const hasNames = matcher.byFirst.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' && t.kind !== 'handle' && t.kind !== 'hashtag') continue;
    let found: Entry | undefined;
    if (hasNames && mayBeName(matcher, t)) {
      found = nameAt(matcher, tokens, i);
      if (!formStartsName) noteNoName(matcher, t);
    }
    if (found) {
      const end = i + found.seq.length;
      mentions.add(i, end, found.target === 'brand');
      if (found.target === 'other' && !mentions.competitors.includes(found.name)) mentions.competitors.push(found.name);
      for (let j = i; j < end; j++) addSecondPerson(tokens[j] as Token, j, tokenFlags[j] as number);
      i = end - 1;
    } else {
      const flags = tokenFlags[i] as number;
      if ((flags & GENERIC_OTHER) !== 0) mentions.add(i, i + 1, false);
      addSecondPerson(t, i, flags);
    }
  }
  return mentions;
}
