/** Unsent text per conversation and mode, so switching conversations does not lose a half-written reply. */
const drafts = new Map<string, string>();
/** Per conversation: the newest message there was when the agent began the reply they are writing. */
const seen = new Map<string, string>();

export function readDraft(key: string): string {
  return drafts.get(key) ?? '';
}

export function writeDraft(key: string, text: string): void {
  if (text) drafts.set(key, text);
  else drafts.delete(key);
}

export function readSeen(conversationId: string): string | undefined {
  return seen.get(conversationId);
}

export function writeSeen(conversationId: string, messageId: string | undefined): void {
  if (messageId) seen.set(conversationId, messageId);
  else seen.delete(conversationId);
}
