/**
 * What changed a judgement's weight, as bits: kept per item and per judgement while a message is
 * analysed, spelled out as names only for the phrases that make it into the result. The bit order
 * is the order the names are listed in.
 */
export const SWITCHED = 1;
export const INTENSIFIED = 2;
export const DIMINISHED = 4;
export const ELONGATED = 8;
export const CAPITALS = 16;
export const NEGATED = 32;
export const CONTRAST = 64;
export const SARCASM = 128;
export const EMOJI = 256;
export const COMPARISON = 512;
/** not a modifier: a switching judgement about the brand (see switching.ts) */
export const ABOUT_BRAND = 1024;

const NAMES = [
  'switch',
  'intensified',
  'diminished',
  'elongated',
  'capitals',
  'negated',
  'contrast',
  'sarcasm',
  'emoji',
  'comparison',
];

export function modifierNames(bits: number): string[] {
  const names: string[] = [];
  for (let k = 0; k < NAMES.length && bits >> k !== 0; k++) if ((bits & (1 << k)) !== 0) names.push(NAMES[k] as string);
  return names;
}
