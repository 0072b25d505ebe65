/**
 * @module @balie/nlp
 * Text analysis for Dutch and English webcare messages: language, sentiment toward the brand and
 * toward others, intent, urgency, PII and formality. Pure functions, no I/O, no network.
 * The analyzers arrive with the text-analysis issue; this package exists so the boundaries hold.
 */
export {};
