/** An audit entry's `changes` as short lines: `role: agent → supervisor`, `name: Sanne`. */
export function formatChanges(changes: Record<string, unknown>): string[] {
  return Object.entries(changes).map(([key, value]) => {
    if (isFromTo(value)) return `${key}: ${show(value.from)} → ${show(value.to)}`;
    return `${key}: ${show(value)}`;
  });
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value && Object.keys(value).length === 2;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
