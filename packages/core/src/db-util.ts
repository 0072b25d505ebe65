/** Dates from either driver as ISO strings for API responses. */
export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function isoOrNull(value: Date | string | null | undefined): string | null {
  return value == null ? null : iso(value);
}

/** PostgreSQL's unique_violation, from either driver. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/**
 * A PostgreSQL array literal (`{a,b}`) for `= any(${…}::uuid[])`. Only for values that cannot
 * hold commas, quotes or braces: uuids, numbers, keys validated by a pattern.
 */
export function arrayLiteral(values: ReadonlyArray<string | number>): string {
  return `{${values.join(',')}}`;
}
