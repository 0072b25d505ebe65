/** Unsent text per conversation and mode, so switching conversations does not lose a half-written reply. */
const drafts = new Map<string, string>();

export function readDraft(key: string): string {
  return drafts.get(key) ?? '';
}

export function writeDraft(key: string, text: string): void {
  if (text) drafts.set(key, text);
  else drafts.delete(key);
}
