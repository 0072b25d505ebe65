/**
 * What to type after `@` so the server's mention rules find exactly this member: the first name
 * when no one else answers to it, else the full name without spaces, else the e-mail's local part.
 * The rules (in core's mentions.ts): a token matches a member's full name or e-mail local part
 * exactly, or else a first name only one member has; case, spaces and punctuation do not count.
 */
export interface Mentionable {
  userId: string;
  name: string;
  email: string;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const firstName = (m: Mentionable) => m.name.trim().split(/\s+/)[0] ?? '';
const localPart = (m: Mentionable) => m.email.split('@')[0] ?? '';

/** The members a typed token mentions, as the server decides it. */
export function mentionedBy(token: string, members: readonly Mentionable[]): Mentionable[] {
  const key = squash(token);
  if (!key) return [];
  const exact = members.filter((m) => squash(m.name) === key || squash(localPart(m)) === key);
  if (exact.length > 0) return exact;
  const byFirst = members.filter((m) => squash(firstName(m)) === key);
  return byFirst.length === 1 ? byFirst : [];
}

/** Letters and digits only, so the whole handle is one token for the server. */
const handleText = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

export function mentionHandle(member: Mentionable, members: readonly Mentionable[]): string {
  const candidates = [firstName(member), member.name, localPart(member)].map(handleText).filter(Boolean);
  for (const candidate of candidates) {
    const found = mentionedBy(candidate, members);
    if (found.length === 1 && found[0]?.userId === member.userId) return candidate;
  }
  return candidates[1] ?? candidates[0] ?? '';
}

/** The `@word` being typed just before the caret, if any: where its `@` is and what follows it. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|[^\p{L}\p{N}._@-])@([\p{L}\p{N}._-]*)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Members whose name (any word of it) or e-mail begins with what was typed, by name. */
export function suggestMembers<M extends Mentionable>(query: string, members: readonly M[], limit = 8): M[] {
  const q = squash(query);
  const fits = (m: M) =>
    !q ||
    squash(m.name).startsWith(q) ||
    m.name.split(/\s+/).some((w) => squash(w).startsWith(q)) ||
    squash(localPart(m)).startsWith(q);
  return members
    .filter(fits)
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit);
}
