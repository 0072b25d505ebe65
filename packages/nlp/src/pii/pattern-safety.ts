/**
 * Account-defined PII patterns are regular expressions an admin types in, and they run on up to
 * ANALYSED_CHARS characters of every message with a backtracking engine: a pattern with a
 * repetition inside a repetition, like (a+)+$, takes exponential time on a few dozen characters
 * and would stall the analysis. safe-regex2 refuses those (star height above 1, or more than 25
 * repetitions). It reads the pattern, it does not run it, so it also refuses what it cannot parse
 * (lookbehind) and does not see every slow pattern (polynomial ones such as .*.*x pass).
 */
import { safeRegex } from 'safe-regex2';

/** A repetition inside a repetition (or too many repetitions), or syntax the check cannot read. */
export function mayBacktrackCatastrophically(pattern: string | RegExp): boolean {
  return !safeRegex(pattern);
}

export type PiiPatternProblem = 'invalid_pattern' | 'unsafe_pattern';

/** Why an account's pattern cannot be used (compiled as the analysis does, with flags giu), or undefined. */
export function piiPatternProblem(source: string): PiiPatternProblem | undefined {
  try {
    new RegExp(source, 'giu');
  } catch {
    return 'invalid_pattern';
  }
  return mayBacktrackCatastrophically(source) ? 'unsafe_pattern' : undefined;
}
