/**
 * @module @balie/nlp
 * Text analysis for Dutch and English webcare messages: language, sentiment toward the brand and
 * toward others (with sarcasm), intent (rules plus a per-account model learnt from agents'
 * labels), needs-reply, urgency, PII and formality. Pure functions, no I/O, no network; the
 * result's schema is MessageAnalysis in @balie/contracts.
 */
export { analyzeMessage, rescoreUrgency, ANALYSIS_VERSION, ANALYSED_CHARS, type AnalysisContext } from './analyze';
export { createIntentModel, learnIntent, type IntentModel, type IntentModelState } from './intent/model';
export type { BrandProfile } from './sentiment/targets';
export type { PiiPattern } from './pii/detect';
export { piiPatternProblem, type PiiPatternProblem } from './pii/pattern-safety';
export type { Reach } from './signals/urgency';
