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

/** FNV-1a, continued from `h`: mix(mix(OFFSET, 'w:'), word) is the hash of "w:word" without building it. */
function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
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

/**
 * Hashed features of a text as bucket numbers: each word, each pair of words, and the first and
 * last four letters of long words (so "factuurtje", "facturen" and "factuur" share evidence; all
 * character 4-grams did no better on the development set and cost four times the features).
 */
function featureIds(tokensOrText: string | readonly Token[], buckets = BUCKETS): number[] {
  const tokens = typeof tokensOrText === 'string' ? tokenize(tokensOrText, 5000) : tokensOrText;
  const out: number[] = [];
  let prev: string | undefined;
  for (const t of tokens) {
    if (out.length >= MAX_FEATURES) break;
    if (t.kind !== 'word' && t.kind !== 'emoji') continue;
    const w = t.kind === 'word' && isDigits(t.norm) ? '#' : (t.alt ?? t.norm);
    out.push((mix(W, w) >>> 0) % buckets);
    if (prev !== undefined) out.push((mix(mix(mix(B, prev), '_'), w) >>> 0) % buckets);
    if (w.length >= 6) {
      out.push((mix(PRE, w, 0, 4) >>> 0) % buckets);
      out.push((mix(SUF, w, w.length - 4) >>> 0) % buckets);
    }
    prev = w;
  }
  return out;
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

export function modelDocs(state: IntentModelState | undefined): number {
  if (!state) return 0;
  let n = 0;
  for (const l of Object.values(state.labels)) n += l.docs;
  return n;
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

interface Compiled {
  labels: string[];
  logPrior: Float64Array;
  denom: Float64Array;
  /**
   * Open-addressing hash of feature bucket → row, as interleaved [bucket, row] pairs: a Map of
   * arrays costs cache misses per feature, and so did separate key and row arrays (the look-up is
   * memory-bound: one miss for the slot, one for the weights row).
   */
  slots: Int32Array;
  mask: number;
  /** log(count + 1), one row of `labels.length` per feature */
  weights: Float64Array;
}

/** The state is immutable (learnIntent returns a new one), so its log table is built once per state. */
const compiledCache = new WeakMap<IntentModelState, Compiled>();

/** The index in `slots` of the pair for bucket `f`: its own, or the empty one where it would go. */
function slot(slots: Int32Array, mask: number, f: number): number {
  let i = Math.imul(f, 0x9e3779b1) & mask;
  while (slots[2 * i] !== -1 && slots[2 * i] !== f) i = (i + 1) & mask;
  return 2 * i;
}

function compile(state: IntentModelState): Compiled {
  const cached = compiledCache.get(state);
  if (cached) return cached;
  const entries = Object.entries(state.labels).filter(([, l]) => l.docs > 0);
  const docs = entries.reduce((n, [, l]) => n + l.docs, 0);
  const labels = entries.map(([k]) => k);
  const n = labels.length;
  const logPrior = new Float64Array(entries.map(([, l]) => Math.log((0.5 * l.docs) / docs)));
  const denom = new Float64Array(entries.map(([, l]) => Math.log(l.total + state.buckets)));
  const distinct = new Set<string>();
  for (const [, l] of entries) for (const key of Object.keys(l.counts)) distinct.add(key);
  let size = 16;
  while (size < distinct.size * 2) size *= 2;
  const slots = new Int32Array(2 * size).fill(-1);
  const weights = new Float64Array(distinct.size * n);
  let next = 0;
  entries.forEach(([, l], label) => {
    for (const [key, count] of Object.entries(l.counts)) {
      const f = Number.parseInt(key, 36);
      const i = slot(slots, size - 1, f);
      if (slots[i] === -1) {
        slots[i] = f;
        slots[i + 1] = next++;
      }
      weights[(slots[i + 1] as number) * n + label] = Math.log(count + 1);
    }
  });
  const c: Compiled = { labels, logPrior, denom, slots, mask: size - 1, weights };
  compiledCache.set(state, c);
  return c;
}

/** Posterior over the labels the model has seen plus "" (the background: nothing like it seen). */
export function predictWithModel(state: IntentModelState, tokensOrText: string | readonly Token[]): Map<string, number> {
  const features = featureIds(tokensOrText, state.buckets);
  const { labels, logPrior, denom, slots, mask, weights } = compile(state);
  const ll = new Float64Array(labels.length);
  for (const f of features) {
    const i = slot(slots, mask, f);
    if (slots[i] === -1) continue;
    const base = (slots[i + 1] as number) * labels.length;
    for (let k = 0; k < labels.length; k++) ll[k] = (ll[k] as number) + (weights[base + k] as number);
  }
  const t = temper(features.length);
  const n = labels.length;
  const logs = new Float64Array(n + 1);
  let max = (logs[n] = Math.log(0.5) - features.length * Math.log(state.buckets) * t);
  for (let i = 0; i < n; i++) {
    logs[i] = (logPrior[i] as number) + ((ll[i] as number) - features.length * (denom[i] as number)) * t;
    if ((logs[i] as number) > max) max = logs[i] as number;
  }
  let z = 0;
  for (let i = 0; i <= n; i++) z += Math.exp((logs[i] as number) - max);
  const out = new Map<string, number>();
  for (let i = 0; i < n; i++) out.set(labels[i] as string, Math.exp((logs[i] as number) - max) / z);
  out.set('', Math.exp((logs[n] as number) - max) / z);
  return out;
}
