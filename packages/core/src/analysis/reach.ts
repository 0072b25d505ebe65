import type { ReachFigures } from '@balie/contracts';
import { parseJson } from './setup';

/**
 * `messages.reach`: the audience of a public post as its channel last reported it. `observedAt`
 * is the caller's time of the figures when it gave one, so a late retry of an older report can be
 * told apart from news.
 */
export interface StoredReach {
  figures: ReachFigures;
  observedAt: string | null;
}

const FIELDS = ['followers', 'likes', 'replies', 'reshares'] as const;

export function readReach(value: unknown): StoredReach | null {
  const stored = parseJson(value) as StoredReach | null;
  return stored && typeof stored === 'object' ? stored : null;
}

export function storedReach(figures: ReachFigures | undefined, observedAt: string | null = null): string | null {
  return figures ? JSON.stringify({ figures: onlyFigures(figures), observedAt } satisfies StoredReach) : null;
}

/** The figures given, in a fixed order and without empty ones, so two reports compare as JSON. */
export function onlyFigures(figures: ReachFigures): ReachFigures {
  const out: ReachFigures = {};
  for (const f of FIELDS) if (typeof figures[f] === 'number') out[f] = figures[f];
  return out;
}

/** A report's figures over the stored ones: a figure left out keeps its last reported value. */
export function mergeFigures(stored: ReachFigures | undefined, report: ReachFigures): ReachFigures {
  return onlyFigures({ ...stored, ...onlyFigures(report) });
}

export const sameFigures = (a: ReachFigures, b: ReachFigures) =>
  JSON.stringify(onlyFigures(a)) === JSON.stringify(onlyFigures(b));
