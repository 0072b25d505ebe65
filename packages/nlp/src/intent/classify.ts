/**
 * The intent of a message: rule scores turned into probabilities, blended with the account's
 * learnt model as it gains examples (its weight grows from 0 to 0.5 with the number of labels),
 * restricted to the account's taxonomy. The model's background mass is handed back to the rules,
 * so the model only moves a prediction for texts that resemble what agents labelled.
 */
import { DEFAULT_INTENTS } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { compileModel, posteriorInto, type CompiledModel, type IntentModelState } from './model';
import { RULE_INTENTS, ruleScores, type RuleInput } from './rules';

export interface IntentResult {
  label: string;
  confidence: number;
  alternatives: Array<{ label: string; confidence: number }>;
  source: 'rules' | 'model' | 'combined';
}

/** Intent when no cue fires at all: most such messages ask something of the brand. */
const FALLBACK = 'question';
/**
 * The model never outweighs the rules: on the development set, a model learnt from 298 labels
 * alone reached 48% on the held-out split against 67% for the rules; blended at up to one half it
 * adds the account's own intents and wording without losing what the rules know.
 */
const MAX_MODEL_WEIGHT = 0.5;
/** The labels reported: the best one and three alternatives. */
const RANKED = 4;

/**
 * A taxonomy mapped once to the indexes of the rules, with the per-message arrays of its labels,
 * so a message costs no Map and no string look-up. Cached per taxonomy array, so a taxonomy must
 * not be changed in place (callers pass DEFAULT_INTENTS or an account's stored list).
 */
interface Plan {
  /** distinct labels in taxonomy order (a repeated label keeps its first place) */
  labels: string[];
  /** per taxonomy entry, its index in `labels`: the softmax sums over every entry, repeats included */
  entries: Int32Array;
  /** per label, its index in RULE_INTENTS, or -1 */
  rule: Int32Array;
  /** index of FALLBACK in `labels`, or -1 */
  fallback: number;
  ruleProbs: Float64Array;
  probs: Float64Array;
  /** indexes of the best labels, best first */
  ranked: Int32Array;
}

const plans = new WeakMap<readonly string[], Plan>();

function planFor(taxonomy: readonly string[]): Plan {
  const cached = plans.get(taxonomy);
  if (cached) return cached;
  const labels = [...new Set(taxonomy)];
  const plan: Plan = {
    labels,
    entries: Int32Array.from(taxonomy, (l) => labels.indexOf(l)),
    rule: Int32Array.from(labels, (l) => RULE_INTENTS.indexOf(l)),
    fallback: labels.indexOf(FALLBACK),
    ruleProbs: new Float64Array(labels.length),
    probs: new Float64Array(labels.length),
    ranked: new Int32Array(RANKED),
  };
  plans.set(taxonomy, plan);
  return plan;
}

/** A model's posterior mapped to a taxonomy: per label its index in the posterior, or -1 for a label it has not learnt. */
interface ModelPlan {
  plan: Plan;
  index: Int32Array;
  posterior: Float64Array;
}

/** Per compiled model (one per state); an account has one taxonomy, so one entry per model. */
const modelPlans = new WeakMap<CompiledModel, ModelPlan>();

function modelPlanFor(plan: Plan, model: CompiledModel): ModelPlan {
  const cached = modelPlans.get(model);
  if (cached?.plan === plan) return cached;
  const learnt = model.labels;
  // "" is where the background sits in predictWithModel's Map, whatever the model learnt under that name.
  const index = Int32Array.from(plan.labels, (l) => (l === '' ? learnt.length : learnt.indexOf(l)));
  const made: ModelPlan = { plan, index, posterior: new Float64Array(learnt.length + 1) };
  modelPlans.set(model, made);
  return made;
}

const ruleScratch = new Float64Array(RULE_INTENTS.length);

/** Turns the scores of the labels in `p` into probabilities; the normaliser counts a repeated taxonomy entry each time. */
function softmaxInPlace(p: Float64Array, plan: Plan, temperature: number): void {
  const n = plan.labels.length;
  // Most labels score 0, and exp(0) is exactly 1.
  for (let u = 0; u < n; u++) p[u] = p[u] === 0 ? 1 : Math.exp((p[u] as number) * temperature);
  let z = 0;
  for (let k = 0; k < plan.entries.length; k++) z += p[plan.entries[k] as number] as number;
  for (let u = 0; u < n; u++) p[u] = (p[u] as number) / z;
}

/** Fills plan.ranked with the best labels by `probs`, best first, a tie keeping taxonomy order (as a stable sort); returns how many. */
function rank(plan: Plan, probs: Float64Array): number {
  const { ranked } = plan;
  let count = 0;
  for (let u = 0; u < plan.labels.length; u++) {
    const p = probs[u] as number;
    let at = count;
    while (at > 0 && (probs[ranked[at - 1] as number] as number) < p) at--;
    if (at === RANKED) continue;
    for (let j = Math.min(count, RANKED - 1); j > at; j--) ranked[j] = ranked[j - 1] as number;
    ranked[at] = u;
    if (count < RANKED) count++;
  }
  return count;
}

/** The first label with the highest probability, or -1 for an empty taxonomy. */
function best(probs: Float64Array, n: number): number {
  let top = -1;
  for (let u = 0; u < n; u++) if (top < 0 || (probs[u] as number) > (probs[top] as number)) top = u;
  return top;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function classifyIntent(
  input: RuleInput & { tokens: readonly Token[] },
  model?: IntentModelState,
  taxonomy: readonly string[] = DEFAULT_INTENTS,
): IntentResult {
  const plan = planFor(taxonomy);
  const { labels, ruleProbs } = plan;
  const n = labels.length;
  ruleScores(input, ruleScratch);
  let anyCue = false;
  for (let u = 0; u < n; u++) {
    const r = plan.rule[u] as number;
    const score = r >= 0 ? (ruleScratch[r] as number) : 0;
    ruleProbs[u] = score;
    if (score > 0) anyCue = true;
  }
  if (!anyCue && plan.fallback >= 0) ruleProbs[plan.fallback] = 0.3;
  softmaxInPlace(ruleProbs, plan, 3);
  const compiled = model && compileModel(model);
  let probs = ruleProbs;
  let source: IntentResult['source'] = 'rules';
  if (compiled && compiled.docs > 0) {
    const alpha = Math.min(MAX_MODEL_WEIGHT, compiled.docs / (compiled.docs + 5));
    const { index, posterior } = modelPlanFor(plan, compiled);
    posteriorInto(compiled, input.tokens, posterior);
    const background = posterior[posterior.length - 1] as number;
    probs = plan.probs;
    for (let u = 0; u < n; u++) {
      const r = ruleProbs[u] as number;
      const m = index[u] as number;
      probs[u] = (1 - alpha) * r + alpha * ((m >= 0 ? (posterior[m] as number) : 0) + background * r);
    }
    source = background > 0.5 ? 'rules' : 'combined';
  }
  const count = rank(plan, probs);
  const top = plan.ranked[0] as number;
  const label = count > 0 ? (labels[top] as string) : FALLBACK;
  if (source === 'combined' && labels[best(ruleProbs, n)] !== label) source = 'model';
  const alternatives: IntentResult['alternatives'] = [];
  for (let j = 1; j < count; j++) {
    const u = plan.ranked[j] as number;
    alternatives.push({ label: labels[u] as string, confidence: round(probs[u] as number) });
  }
  return { label, confidence: count > 0 ? round(probs[top] as number) : 0, alternatives, source };
}
