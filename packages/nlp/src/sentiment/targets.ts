/**
 * Finds where a message names the account's brand (names, handles, products) or a competitor,
 * by matching normalised token sequences, so "@Voltanet", "voltanet's", "#voltanet" and
 * "VOLTANET" are all the brand. The matcher is built once per brand profile and cached.
 */
import { tokenize, type Token } from '../text/tokenize';
import { GENERIC_OTHER } from '../lexicon/modifiers';
import { hasFlag } from '../text/vocabulary';

export interface BrandProfile {
  names: readonly string[];
  handles?: readonly string[];
  products?: readonly string[];
  competitors?: readonly string[];
}

export interface Mention {
  /** index of the first token */
  index: number;
  /** index after the last token */
  endIndex: number;
  target: 'brand' | 'other';
  /** the name as written in the profile; '' for generic words like "concurrent" */
  name: string;
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
}
const cache = new WeakMap<BrandProfile, Matcher>();

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
  return { byFirst: m, firstLengths: new Set([...m.keys()].map((k) => k.length)) };
}

/** The entity named at token `i` under the form `form` of that token, if any. */
function matchAt(matcher: Matcher, tokens: readonly Token[], i: number, form: string): Mention | undefined {
  const entries = matcher.byFirst.get(form);
  if (entries === undefined) return undefined;
  for (const e of entries) {
    let ok = true;
    for (let k = 1; k < e.seq.length && ok; k++) ok = keyOf(tokens[i + k]?.norm ?? '') === e.seq[k];
    if (ok) return { index: i, endIndex: i + e.seq.length, target: e.target, name: e.name };
  }
  return undefined;
}

/** The entity named at token `i` under any of its forms: itself, without a possessive s, before a hyphen. */
function nameAt(matcher: Matcher, tokens: readonly Token[], i: number): Mention | undefined {
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

const NO_NAMES: Matcher = { byFirst: new Map(), firstLengths: new Set() };

export function findMentions(tokens: readonly Token[], profile: BrandProfile | undefined): Mention[] {
  let matcher = NO_NAMES;
  if (profile) {
    const built = cache.get(profile);
    if (built) matcher = built;
    else cache.set(profile, (matcher = build(profile)));
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' && t.kind !== 'handle' && t.kind !== 'hashtag') continue;
    let found = matcher.byFirst.size > 0 ? nameAt(matcher, tokens, i) : undefined;
    if (!found && hasFlag(t, GENERIC_OTHER)) found = { index: i, endIndex: i + 1, target: 'other', name: '' };
    if (found) {
      mentions.push(found);
      i = found.endIndex - 1;
    }
  }
  return mentions;
}
