/**
 * Cuts a message's text into runs for highlighting: every run carries the marks (PII, deciding
 * phrases) that cover all of it. Offsets are UTF-16 code units as the server reports them; marks may
 * overlap, nest, run past the end or be empty. Boundaries never split a surrogate pair, so an emoji
 * is never cut in half. The result covers the text exactly once, in order: join the texts to get it back.
 */

export interface Mark<T> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  /** The marks covering this run, in the order given. */
  marks: Mark<T>[];
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A boundary in [0, length], moved back off the middle of a surrogate pair. */
function snap(text: string, at: number): number {
  const n = Math.min(Math.max(Math.trunc(at), 0), text.length);
  if (n > 0 && n < text.length && isHigh(text.charCodeAt(n - 1)) && isLow(text.charCodeAt(n))) return n - 1;
  return n;
}

export function segment<T>(text: string, marks: readonly Mark<T>[]): Segment<T>[] {
  const clean: Mark<T>[] = [];
  for (const m of marks) {
    if (!Number.isFinite(m.start) || !Number.isFinite(m.end)) continue;
    const start = snap(text, m.start);
    const end = snap(text, m.end);
    if (end > start) clean.push({ start, end, data: m.data });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of clean) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, text: text.slice(start, end), marks: clean.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/**
 * Consecutive segments grouped by the outer marks (those `isOuter` picks) they share, so one PII
 * value stays one highlighted element even when a phrase inside it splits it into several runs.
 */
export function groupBy<T>(
  segments: readonly Segment<T>[],
  isOuter: (data: T) => boolean,
): { outer: Mark<T>[]; parts: Segment<T>[] }[] {
  const groups: { outer: Mark<T>[]; parts: Segment<T>[] }[] = [];
  for (const s of segments) {
    const outer = s.marks.filter((m) => isOuter(m.data));
    const last = groups.at(-1);
    if (last && last.outer.length === outer.length && last.outer.every((m, i) => m === outer[i])) last.parts.push(s);
    else groups.push({ outer, parts: [s] });
  }
  return groups;
}
