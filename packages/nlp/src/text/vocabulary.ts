/**
 * One table of every word the analyzers know, so that a token is looked up once instead of once
 * per word list (a message went through some twenty Sets and Maps per token, each a string hash
 * look-up). Each analyzer registers its lists at import: a word set becomes a flag bit, a
 * word → value map a slot. A token finds its entry on first use and keeps it. A word nobody
 * registered gets an entry on first sight too, so that what is worked out about it (the typo it
 * may be) is kept with it; there are at most SEEN_MAX of those, then they are dropped and relearnt.
 */
import type { Token } from './tokenize';

export interface WordEntry {
  /** one bit per registered word set */
  flags: number;
  /**
   * values by slot index: always SLOTS long and filled, so that every read is an in-bounds read of
   * one kind of array (arrays of numbers, of objects and empty ones made the look-up polymorphic)
   */
  values: unknown[];
  /** made on sight, not registered: may be dropped */
  seen: boolean;
}

/** A word → value map registered in the vocabulary; the type parameter is the value's. */
export interface WordSlot<T> {
  readonly index: number;
  /** never set: carries T */
  readonly value?: T;
}

const SLOTS = 24;
/** the values of every entry that has none; never written (setValue copies it first) */
const NO_VALUES: unknown[] = new Array<unknown>(SLOTS).fill(undefined);
const table = new Map<string, WordEntry>();
const SEEN_MAX = 50_000;
/** the words given an entry on sight, in the order they came */
let seen: string[] = [];
let flagsUsed = 0;
let slotsUsed = 0;

/** The entry of `word`, made when missing: for registering only. */
export function register(word: string): WordEntry {
  let entry = table.get(word);
  if (entry === undefined) table.set(word, (entry = { flags: 0, values: NO_VALUES, seen: false }));
  entry.seen = false;
  return entry;
}

/** Registers a word set; returns its flag bit. */
export function wordFlag(words: Iterable<string>): number {
  // Bits are tested with `&`, which sees 32 bits; the sign bit is left alone.
  if (flagsUsed >= 31) throw new Error('vocabulary: more than 31 word sets; give WordEntry a second flags field');
  const bit = 1 << flagsUsed++;
  for (const w of words) register(w).flags |= bit;
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
  if (entry.values === NO_VALUES) entry.values = NO_VALUES.slice();
  entry.values[slot.index] = value;
}

/** What a number, URL or other token that no list names looks up: numbers are new in nearly every message. */
const NOTHING: WordEntry = { flags: 0, values: NO_VALUES, seen: false };

function lookup(word: string, keep: boolean): WordEntry {
  let entry = table.get(word);
  if (entry === undefined) {
    if (!keep) return NOTHING;
    if (seen.length >= SEEN_MAX) {
      for (const w of seen) if (table.get(w)?.seen) table.delete(w);
      seen = [];
    }
    table.set(word, (entry = { flags: 0, values: NO_VALUES, seen: true }));
    seen.push(word);
  }
  return entry;
}

/** The entry of the token's normalised form. */
export function entryOf(t: Token): WordEntry {
  return (t.entry ??= lookup(t.norm, t.kind === 'word' || t.kind === 'hashtag'));
}

/** The entry of the form with elongation fully collapsed ("superrr" → "super"), as cue lists match. */
export function looseEntryOf(t: Token): WordEntry {
  if (t.alt === undefined) return entryOf(t);
  return (t.looseEntry ??= lookup(t.alt, t.kind === 'word' || t.kind === 'hashtag'));
}

export function hasFlag(t: Token | undefined, bit: number): boolean {
  return t !== undefined && (entryOf(t).flags & bit) !== 0;
}

export function valueOf<T>(entry: WordEntry, slot: WordSlot<T>): T | undefined {
  return entry.values[slot.index] as T | undefined;
}
