/**
 * The per-account intent model: multinomial naive Bayes over hashed word, word-pair and character
 * n-gram features of the normalised text, learnt online from the intents agents set. Its state
 * is plain JSON (stored per account by the caller). A background class with a flat distribution
 * takes the probability mass when a text resembles nothing the account has labelled, so a model
 * that has seen a single label does not claim every message for it.
 */
import { tokenize, type Token } from '../text/tokenize';

export interface IntentModelState {
  version: 1;
  /** number of hash buckets (the feature space) */
  buckets: number;
  labels: Record<string, { docs: number; total: number; counts: Record<string, number> }>;
}

const BUCKETS = 1 << 18;
/** Features of one text counted at most this often, so a pasted essay does not swamp the model. */
const MAX_FEATURES = 400;

export function createIntentModel(): IntentModelState {
  return { version: 1, buckets: BUCKETS, labels: {} };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNDERSCORE = 0x5f;

/** FNV-1a, continued from `h`: mix(mix(OFFSET, 'w:'), word) is the hash of "w:word" without building it. */
function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

const W = mix(FNV_OFFSET, 'w:');
const B = mix(FNV_OFFSET, 'b:');
const PRE = mix(FNV_OFFSET, 'p:');
const SUF = mix(FNV_OFFSET, 's:');

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/** The bucket of hash `h`: a mask where `buckets` is a power of two (`% buckets` on an unsigned hash above 2^31 is a float modulo). */
function bucketOf(h: number, buckets: number, mask: number): number {
  return mask >= 0 ? h & mask : (h >>> 0) % buckets;
}

function bucketMask(buckets: number): number {
  return Number.isInteger(buckets) && buckets > 0 && buckets <= 2 ** 30 && (buckets & (buckets - 1)) === 0 ? buckets - 1 : -1;
}

/**
 * Hashed features of a text as bucket numbers, written to `out` (which holds MAX_FEATURE_IDS);
 * returns how many: each word, each pair of words, and the first and last four letters of long
 * words (so "factuurtje", "facturen" and "factuur" share evidence; all character 4-grams did no
 * better on the development set and cost four times the features).
 */
function writeFeatureIds(tokens: readonly Token[], buckets: number, out: Float64Array): number {
  const mask = bucketMask(buckets);
  let n = 0;
  let hasPrev = false;
  /** hash of "b:<previous word>_", where the next word's pair feature goes on */
  let pairHead = 0;
  for (let j = 0; j < tokens.length && n < MAX_FEATURES; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' && t.kind !== 'emoji') continue;
    const w = t.kind === 'word' && isDigits(t.norm) ? '#' : (t.alt ?? t.norm);
    // One pass over the letters feeds three independent FNV chains, which the CPU runs side by
    // side: the word ("w:word"), its pair with the previous word ("b:prev_word") and the head
    // of the next pair ("b:word").
    let word = W;
    let pair = pairHead;
    let next = B;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      word = Math.imul(word ^ c, FNV_PRIME);
      pair = Math.imul(pair ^ c, FNV_PRIME);
      next = Math.imul(next ^ c, FNV_PRIME);
    }
    out[n++] = bucketOf(word, buckets, mask);
    if (hasPrev) out[n++] = bucketOf(pair, buckets, mask);
    if (w.length >= 6) {
      out[n++] = bucketOf(mix(PRE, w, 0, 4), buckets, mask);
      out[n++] = bucketOf(mix(SUF, w, w.length - 4), buckets, mask);
    }
    pairHead = Math.imul(next ^ UNDERSCORE, FNV_PRIME);
    hasPrev = true;
  }
  return n;
}

/** A token adds at most four features, and the cap is checked before each token. */
const MAX_FEATURE_IDS = MAX_FEATURES + 3;
/** Feature ids of the text being looked at; reused, as every prediction needs them only until it returns. */
const featureScratch = new Float64Array(MAX_FEATURE_IDS);

function featureIds(tokensOrText: string | readonly Token[], buckets = BUCKETS): number[] {
  const tokens = typeof tokensOrText === 'string' ? tokenize(tokensOrText, 5000) : tokensOrText;
  return Array.from(featureScratch.subarray(0, writeFeatureIds(tokens, buckets, featureScratch)));
}

/** Hashed features of a text: bucket numbers in base 36, the keys of the JSON state. */
export function intentFeatures(tokensOrText: string | readonly Token[], buckets = BUCKETS): string[] {
  return featureIds(tokensOrText, buckets).map((f) => f.toString(36));
}

/** An account's model as stored; the same type under the name the callers use. */
export type IntentModel = IntentModelState;

/** Returns a new state with one labelled example added (to a new model when `state` is absent); the old state is left as it was. */
export function learnIntent(state: IntentModelState | undefined, text: string, label: string): IntentModelState {
  state ??= createIntentModel();
  const features = intentFeatures(text, state.buckets);
  const prev = state.labels[label] ?? { docs: 0, total: 0, counts: {} };
  const counts = { ...prev.counts };
  for (const f of features) counts[f] = (counts[f] ?? 0) + 1;
  return {
    ...state,
    labels: { ...state.labels, [label]: { docs: prev.docs + 1, total: prev.total + features.length, counts } },
  };
}

/**
 * Naive Bayes counts every feature as independent evidence, so its posteriors are far too sure
 * (a word, its word pairs and its letter n-grams are anything but independent). Dividing the log-likelihood by
 * the square root of the feature count keeps the ranking and gives probabilities that can be
 * blended with the rules.
 */
function temper(features: number): number {
  return 1 / Math.sqrt(Math.max(1, features));
}

/** A model state made ready for predictions: built once per state (see compileModel). */
export interface CompiledModel {
  /** the labels with examples, in the order of the posterior (the background follows them) */
  readonly labels: readonly string[];
  /** examples of all labels */
  readonly docs: number;
  readonly buckets: number;
  readonly logPrior: Float64Array;
  readonly denom: Float64Array;
  /** log-likelihood of one feature under the background (a flat distribution over the buckets) */
  readonly logBucket: number;
  /**
   * Open-addressing hash of feature bucket → the labels that saw it, as interleaved [bucket,
   * code] pairs. A feature of one label (most of them) is the pair alone: code is ~entry.
   * Otherwise code is the index of its first entry in `entries`. The look-up is memory-bound
   * (the other analyzers evict the table between two messages), so the table is kept small: a
   * feature costs one cache miss, or two when several labels saw it.
   */
  readonly slots: Int32Array;
  readonly mask: number;
  /** the entries of features with several labels, one after the other, the last one as ~entry */
  readonly entries: Int32Array;
  /** An entry is (weight index << labelBits) | label; the weight is weights[weight index], log(count + 1). */
  readonly labelBits: number;
  readonly weights: Float64Array;
}

const compiledCache = new WeakMap<IntentModelState, CompiledModel>();

/** The slot where the probe for bucket `f` starts. */
function home(mask: number, f: number): number {
  return Math.imul(f, 0x9e3779b1) & mask;
}

/** The index in `slots` of the pair for bucket `f`: its own, or the empty one where it would go. */
function slot(slots: Int32Array, mask: number, f: number): number {
  let i = home(mask, f);
  while (slots[2 * i] !== -1 && slots[2 * i] !== f) i = (i + 1) & mask;
  return 2 * i;
}

/** The state is immutable (learnIntent returns a new one), so it is compiled once. */
export function compileModel(state: IntentModelState): CompiledModel {
  const cached = compiledCache.get(state);
  if (cached) return cached;
  const learnt = Object.entries(state.labels).filter(([, l]) => l.docs > 0);
  const docs = learnt.reduce((n, [, l]) => n + l.docs, 0);
  const labels = learnt.map(([k]) => k);
  const logPrior = new Float64Array(learnt.map(([, l]) => Math.log((0.5 * l.docs) / docs)));
  const denom = new Float64Array(learnt.map(([, l]) => Math.log(l.total + state.buckets)));
  const buckets = learnt.map(([, l]) => Object.keys(l.counts).map((key) => Number.parseInt(key, 36)));
  // At most three quarters full: less of a small table is evicted between two messages, which
  // matters more than the shorter probes of a sparser one (measured with the analyzers in between).
  const distinct = new Set(buckets.flat()).size;
  let size = 16;
  while (size * 0.75 < distinct) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(2 * size).fill(-1);
  // A row per distinct feature (its number in the slot until the layout below): the labels that
  // saw it, with their counts (a bucket repeated within a label keeps its last count, as a dense
  // row would).
  const rows: Array<{ labels: number[]; counts: number[] }> = [];
  const weightIndex = new Map<number, number>();
  learnt.forEach(([, l], label) => {
    const counts = Object.values(l.counts);
    buckets[label]?.forEach((f, k) => {
      const i = slot(slots, mask, f);
      if (slots[i] === -1) {
        slots[i] = f;
        slots[i + 1] = rows.length;
        rows.push({ labels: [], counts: [] });
      }
      const row = rows[slots[i + 1] as number] as { labels: number[]; counts: number[] };
      if (row.labels[row.labels.length - 1] !== label) row.labels.push(label);
      const count = counts[k] as number;
      row.counts[row.labels.length - 1] = count;
      if (!weightIndex.has(count)) weightIndex.set(count, weightIndex.size);
    });
  });
  let labelBits = 0;
  while (1 << labelBits < labels.length) labelBits++;
  // Entries must stay non-negative int32 so that ~entry marks them. Only a model with millions of
  // labels could break this, and a dense table of such a model (as before) did not fit in memory.
  if (weightIndex.size > 2 ** (31 - labelBits)) throw new RangeError('intent model too large to compile');
  const entry = (label: number, count: number) => ((weightIndex.get(count) as number) << labelBits) | label;
  const entries = new Int32Array(rows.reduce((n, row) => n + (row.labels.length > 1 ? row.labels.length : 0), 0));
  let next = 0;
  for (let i = 0; i < slots.length; i += 2) {
    if (slots[i] === -1) continue;
    const row = rows[slots[i + 1] as number] as { labels: number[]; counts: number[] };
    const last = row.labels.length - 1;
    if (last === 0) {
      slots[i + 1] = ~entry(row.labels[0] as number, row.counts[0] as number);
      continue;
    }
    slots[i + 1] = next;
    row.labels.forEach((label, k) => {
      const e = entry(label, row.counts[k] as number);
      entries[next++] = k === last ? ~e : e;
    });
  }
  const weights = new Float64Array(weightIndex.size);
  for (const [count, k] of weightIndex) weights[k] = Math.log(count + 1);
  const c: CompiledModel = {
    labels,
    docs: Object.values(state.labels).reduce((n, l) => n + l.docs, 0),
    buckets: state.buckets,
    logPrior,
    denom,
    logBucket: Math.log(state.buckets),
    slots,
    mask,
    entries,
    labelBits,
    weights,
  };
  compiledCache.set(state, c);
  return c;
}

/** Where the touched slots go, so that the loads are not optimised away. */
const touchedSink = new Int32Array(1);
/** The slot codes of the features the model knows, in text order. */
const codeScratch = new Int32Array(MAX_FEATURE_IDS);
/** Per-label log-likelihood sums of the text being looked at; reused and grown as models gain labels. */
let likelihoodScratch = new Float64Array(16);

/**
 * Writes the posterior over model.labels followed by the background (nothing like it seen) into
 * `out`, which must hold one number more than there are labels. No allocation per call.
 */
export function posteriorInto(model: CompiledModel, tokens: readonly Token[], out: Float64Array): void {
  const { labels, logPrior, denom, logBucket, slots, mask, entries, labelBits, weights } = model;
  const n = labels.length;
  const labelMask = (1 << labelBits) - 1;
  if (likelihoodScratch.length < n) likelihoodScratch = new Float64Array(2 * n);
  const ll = likelihoodScratch.fill(0, 0, n);
  const features = writeFeatureIds(tokens, model.buckets, featureScratch);
  // The look-ups miss the cache; done one after the other they wait for each miss in turn. So
  // first each feature's home slot is read (independent loads, whose misses overlap), then the
  // slots are probed and the first entry of each multi-label feature read likewise, and only
  // then are the weights summed (each step -10..20% of the prediction's time).
  let touched = 0;
  for (let j = 0; j < features; j++) touched ^= slots[2 * home(mask, featureScratch[j] as number)] as number;
  let hits = 0;
  for (let j = 0; j < features; j++) {
    const i = slot(slots, mask, featureScratch[j] as number);
    if (slots[i] === -1) continue;
    const code = slots[i + 1] as number;
    codeScratch[hits++] = code;
    if (code >= 0) touched ^= entries[code] as number;
  }
  touchedSink[0] = touched;
  // Absent labels add nothing: x + 0 is x, so summing only the labels that saw a feature gives
  // the sums of full rows.
  for (let h = 0; h < hits; h++) {
    const code = codeScratch[h] as number;
    if (code < 0) {
      const label = ~code & labelMask;
      ll[label] = (ll[label] as number) + (weights[~code >>> labelBits] as number);
      continue;
    }
    for (let k = code; ; k++) {
      const e = entries[k] as number;
      const packed = e < 0 ? ~e : e;
      const label = packed & labelMask;
      ll[label] = (ll[label] as number) + (weights[packed >>> labelBits] as number);
      if (e < 0) break;
    }
  }
  const t = temper(features);
  let max = (out[n] = Math.log(0.5) - features * logBucket * t);
  for (let i = 0; i < n; i++) {
    const log = (logPrior[i] as number) + ((ll[i] as number) - features * (denom[i] as number)) * t;
    out[i] = log;
    if (log > max) max = log;
  }
  let z = 0;
  for (let i = 0; i <= n; i++) z += out[i] = Math.exp((out[i] as number) - max);
  for (let i = 0; i <= n; i++) out[i] = (out[i] as number) / z;
}

/** Posterior over the labels the model has seen plus "" (the background: nothing like it seen). */
export function predictWithModel(state: IntentModelState, tokensOrText: string | readonly Token[]): Map<string, number> {
  const tokens = typeof tokensOrText === 'string' ? tokenize(tokensOrText, 5000) : tokensOrText;
  const model = compileModel(state);
  const { labels } = model;
  const posterior = new Float64Array(labels.length + 1);
  posteriorInto(model, tokens, posterior);
  const out = new Map<string, number>();
  labels.forEach((label, i) => out.set(label, posterior[i] as number));
  out.set('', posterior[labels.length] as number);
  return out;
}
