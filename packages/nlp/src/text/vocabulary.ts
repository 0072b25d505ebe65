/**
 * One table of every word the analyzers know, so that a token is looked up once instead of once
 * per word list (a message went through some twenty Sets and Maps per token, each a string hash
 * look-up). Each analyzer registers its lists at import: a word set becomes a flag bit, a
 * word → value map a slot. A token finds its entry on first use and keeps it. A word nobody
 * registered gets an entry on first sight too, so that what is worked out about it (the typo it
 * may be) is kept with it; there are at most SEEN_MAX of those, then they are dropped and relearnt.
 *
 * The table is our own open-addressing hash in one Int32Array, because the look-up is memory-bound:
 * a JS Map took a bucket, a chain entry, the key, an entry object and its values array (five cache
 * misses a word). Here a slot holds the word's key, its flags and where its values are, side by
 * side, so a look-up of a short word reads one slot line, and the values only when it has some.
 * An entry is its slot's index; rebuilding the table (to grow, or to drop the seen words) moves
 * entries, so each token remembers the table's epoch it looked up in.
 */
import type { Token } from './tokenize';

/** A word's place in the vocabulary; only valid until the table is rebuilt (see entryOf). */
export type WordEntry = number;

/** A word → value map registered in the vocabulary; the type parameter is the value's. */
export interface WordSlot<T> {
  readonly index: number;
  /** never set: carries T */
  readonly value?: T;
}

const SLOTS = 24;
const SEEN_MAX = 50_000;

// A slot is four integers: the word's key (KEY_LO, KEY_HI; both 0: the slot is empty), its FLAGS
// (one bit per word set) and its ROW of SLOTS values in `values` (or NO_ROW).
const WIDTH = 4;
const KEY_LO = 0;
const KEY_HI = 1;
const FLAGS = 2;
const ROW = 3;
const NO_ROW = -1;

let capacity = 1 << 16;
let mask = capacity - 1;
/** `capacity` slots, plus one never probed: NOTHING, the entry of numbers and URLs (no flags, no values) */
let slots = emptySlots(capacity);
let keys: string[] = new Array<string>(capacity + 1).fill('');
/** 1 for a word given an entry on sight, not registered */
let seenMark = new Uint8Array(capacity + 1);
let values: unknown[] = [];
let used = 0;
let seenCount = 0;
/** Counts rebuilds: an entry a token kept from an earlier epoch is looked up again. */
let epoch = 0;
let flagsUsed = 0;
let slotsUsed = 0;

function emptySlots(size: number): Int32Array {
  const fresh = new Int32Array((size + 1) * WIDTH);
  for (let i = 0; i <= size; i++) fresh[i * WIDTH + ROW] = NO_ROW;
  return fresh;
}
let NOTHING: WordEntry = capacity;

/*
 * A word's key is 64 bits. Most words (at most 8 ASCII characters) are their own key: 7 bits a
 * character, so a slot is matched without reading the key string, which was a cache miss per
 * word. Longer words get two 32-bit hashes (KEY_HI's sign bit set, so that they never equal a
 * packed key) and are confirmed against the string.
 */
let keyLo = 0;
let keyHi = 0;

/** Sets keyLo and keyHi for `word`. */
function keyOf(word: string): void {
  const n = word.length;
  if (n >= 1 && n <= 8) {
    let lo = 0;
    let hi = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = word.charCodeAt(i);
      if (c === 0 || c > 127) break;
      if (i < 4) lo |= c << (7 * i);
      else hi |= c << (7 * (i - 4));
    }
    if (i === n) {
      keyLo = lo;
      keyHi = hi;
      return;
    }
  }
  let h = 0x811c9dc5;
  let g = n;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    g = Math.imul((g << 5) | (g >>> 27), 0x9e3779b1) ^ c;
  }
  keyLo = h;
  keyHi = g | 0x80000000;
}

/** murmur3's finaliser over both halves: the home slot of a key. */
function home(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** The slot of the word with key (lo, hi), or the empty slot where it would go. */
function probe(word: string, lo: number, hi: number): number {
  let i = home(lo, hi);
  for (;;) {
    const at = i * WIDTH;
    const slotLo = slots[at + KEY_LO]!;
    const slotHi = slots[at + KEY_HI]!;
    if (slotLo === 0 && slotHi === 0) return i;
    if (slotLo === lo && slotHi === hi && (hi >= 0 || keys[i] === word)) return i;
    i = (i + 1) & mask;
  }
}

function insert(word: string, lo: number, hi: number, seen: boolean): WordEntry {
  if ((used + 1) * 5 > capacity * 3) {
    rebuild(capacity * 2, true);
    return insert(word, lo, hi, seen);
  }
  const i = probe(word, lo, hi);
  const at = i * WIDTH;
  slots[at + KEY_LO] = lo;
  slots[at + KEY_HI] = hi;
  slots[at + FLAGS] = 0;
  slots[at + ROW] = NO_ROW;
  keys[i] = word;
  used++;
  if (seen) {
    seenMark[i] = 1;
    seenCount++;
  }
  return i;
}

/** Moves every kept word into a table of `size` slots, with its flags and values; a new epoch. */
function rebuild(size: number, keepSeen: boolean): void {
  const oldSlots = slots;
  const oldKeys = keys;
  const oldSeen = seenMark;
  const oldValues = values;
  const oldCapacity = capacity;
  capacity = size;
  mask = size - 1;
  slots = emptySlots(size);
  keys = new Array<string>(size + 1).fill('');
  seenMark = new Uint8Array(size + 1);
  values = [];
  used = 0;
  seenCount = 0;
  NOTHING = size;
  epoch++;
  for (let i = 0; i < oldCapacity; i++) {
    const at = i * WIDTH;
    const lo = oldSlots[at + KEY_LO]!;
    const hi = oldSlots[at + KEY_HI]!;
    if ((lo === 0 && hi === 0) || (oldSeen[i] === 1 && !keepSeen)) continue;
    const entry = insert(oldKeys[i]!, lo, hi, oldSeen[i] === 1);
    slots[entry * WIDTH + FLAGS] = oldSlots[at + FLAGS]!;
    const row = oldSlots[at + ROW]!;
    if (row !== NO_ROW) {
      const to = newRow(entry);
      for (let s = 0; s < SLOTS; s++) values[to + s] = oldValues[row * SLOTS + s];
    }
  }
}

function isEmpty(i: number): boolean {
  return slots[i * WIDTH + KEY_LO] === 0 && slots[i * WIDTH + KEY_HI] === 0;
}

/** Gives `entry` a row of values (all undefined); returns where it starts in `values`. */
function newRow(entry: WordEntry): number {
  const row = values.length / SLOTS;
  for (let s = 0; s < SLOTS; s++) values.push(undefined);
  slots[entry * WIDTH + ROW] = row;
  return row * SLOTS;
}

/** The entry of `word`, made when missing: for registering only. */
export function register(word: string): WordEntry {
  keyOf(word);
  const i = probe(word, keyLo, keyHi);
  if (isEmpty(i)) return insert(word, keyLo, keyHi, false);
  if (seenMark[i] === 1) {
    seenMark[i] = 0;
    seenCount--;
  }
  return i;
}

/** Registers a word set; returns its flag bit. */
export function wordFlag(words: Iterable<string>): number {
  // Bits are tested with `&`, which sees 32 bits; the sign bit is left alone.
  if (flagsUsed >= 31) throw new Error('vocabulary: more than 31 word sets; give the slots a second flags field');
  const bit = 1 << flagsUsed++;
  for (const w of words) {
    const at = register(w) * WIDTH + FLAGS;
    slots[at] = slots[at]! | bit;
  }
  return bit;
}

/** Registers a word → value map (more words can be added later with `setValue(register(w), slot, v)`). */
export function wordSlot<T>(entries: Iterable<readonly [string, T]> = []): WordSlot<T> {
  if (slotsUsed >= SLOTS) throw new Error(`vocabulary: more than ${SLOTS} word maps; raise SLOTS`);
  const slot: WordSlot<T> = { index: slotsUsed++ };
  for (const [w, v] of entries) setValue(register(w), slot, v);
  return slot;
}

/** Sets a value of an entry; nothing is kept for tokens that get no entry of their own (numbers, URLs). */
export function setValue<T>(entry: WordEntry, slot: WordSlot<T>, value: T): void {
  if (entry === NOTHING) return;
  const row = slots[entry * WIDTH + ROW]!;
  values[(row === NO_ROW ? newRow(entry) : row * SLOTS) + slot.index] = value;
}

function lookup(word: string, keep: boolean): WordEntry {
  keyOf(word);
  const lo = keyLo;
  const hi = keyHi;
  const i = probe(word, lo, hi);
  if (!isEmpty(i)) return i;
  if (!keep) return NOTHING;
  if (seenCount >= SEEN_MAX) rebuild(capacity, false);
  return insert(word, lo, hi, true);
}

/** Forgets what a token kept from before the table was last rebuilt. */
function current(t: Token): void {
  if (t.epoch !== epoch) {
    t.epoch = epoch;
    t.entry = -1;
    t.looseEntry = -1;
  }
}

/** The entry of the token's normalised form. */
export function entryOf(t: Token): WordEntry {
  current(t);
  if (t.entry < 0) t.entry = lookup(t.norm, t.kind === 'word' || t.kind === 'hashtag');
  return t.entry;
}

/** The entry of the form with elongation fully collapsed ("superrr" → "super"), as cue lists match. */
export function looseEntryOf(t: Token): WordEntry {
  if (t.alt === undefined) return entryOf(t);
  current(t);
  if (t.looseEntry < 0) t.looseEntry = lookup(t.alt, t.kind === 'word' || t.kind === 'hashtag');
  return t.looseEntry;
}

/** The flag bits of an entry (one per registered word set it is in). */
export function flagsOf(entry: WordEntry): number {
  return slots[entry * WIDTH + FLAGS]!;
}

export function hasFlag(t: Token | undefined, bit: number): boolean {
  return t !== undefined && (flagsOf(entryOf(t)) & bit) !== 0;
}

export function valueOf<T>(entry: WordEntry, slot: WordSlot<T>): T | undefined {
  const row = slots[entry * WIDTH + ROW]!;
  return row === NO_ROW ? undefined : (values[row * SLOTS + slot.index] as T | undefined);
}
