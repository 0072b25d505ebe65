/**
 * Who else is in which conversation, from the presence messages colleagues' apps send over the
 * realtime socket. Nothing is stored on the server: a presence not repeated within 45 s (apps
 * repeat `viewing` every 20 s) is forgotten, and "typing" fades back to "viewing" after a few
 * seconds without keystrokes. One store per signed-in shell; React reads it with usePresence.
 */
import type { Presence } from '@balie/contracts';

export const PRESENCE_TTL_MS = 45_000;
export const TYPING_TTL_MS = 6_000;
const SWEEP_MS = 2_000;

export interface Viewer {
  userId: string;
  userName: string;
  typing: boolean;
}

interface Entry {
  userName: string;
  seenAt: number;
  typingAt: number | null;
}

const none: readonly Viewer[] = [];

export class PresenceStore {
  private readonly byConversation = new Map<string, Map<string, Entry>>();
  private readonly snapshots = new Map<string, readonly Viewer[]>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly selfId: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes in one presence message; true when this person was not known in that conversation yet. */
  receive(p: Presence): boolean {
    if (p.userId === this.selfId) return false;
    let users = this.byConversation.get(p.conversationId);
    const known = users?.has(p.userId) ?? false;
    if (p.state === 'left') {
      if (!known) return false;
      users?.delete(p.userId);
      if (users?.size === 0) this.byConversation.delete(p.conversationId);
    } else {
      if (!users) this.byConversation.set(p.conversationId, (users = new Map()));
      const at = this.now();
      const previous = users.get(p.userId);
      users.set(p.userId, {
        userName: p.userName,
        seenAt: at,
        typingAt: p.state === 'typing' ? at : (previous?.typingAt ?? null),
      });
      this.startSweeping();
    }
    this.changed(p.conversationId);
    return !known && p.state !== 'left';
  }

  /** The colleagues in a conversation, typing ones first; the same array until something changes. */
  viewers(conversationId: string): readonly Viewer[] {
    const cached = this.snapshots.get(conversationId);
    if (cached) return cached;
    const users = this.byConversation.get(conversationId);
    if (!users) return none;
    const at = this.now();
    const list = [...users].map(([userId, e]) => ({
      userId,
      userName: e.userName,
      typing: e.typingAt !== null && at - e.typingAt < TYPING_TTL_MS,
    }));
    list.sort((a, b) => Number(b.typing) - Number(a.typing) || a.userName.localeCompare(b.userName));
    this.snapshots.set(conversationId, list);
    return list;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Forgets what has gone quiet and lets typing fade; runs every 2 s while anyone is present. */
  sweep(): void {
    const at = this.now();
    for (const [conversationId, users] of this.byConversation) {
      let touched = false;
      for (const [userId, e] of users) {
        if (at - e.seenAt >= PRESENCE_TTL_MS) {
          users.delete(userId);
          touched = true;
        } else if (e.typingAt !== null && at - e.typingAt >= TYPING_TTL_MS) {
          e.typingAt = null;
          touched = true;
        }
      }
      if (users.size === 0) this.byConversation.delete(conversationId);
      if (touched) this.changed(conversationId);
    }
    if (this.byConversation.size === 0) this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private startSweeping(): void {
    if (!this.timer) this.timer = setInterval(() => this.sweep(), SWEEP_MS);
  }

  private changed(conversationId: string): void {
    this.snapshots.delete(conversationId);
    for (const l of this.listeners) l();
  }
}
