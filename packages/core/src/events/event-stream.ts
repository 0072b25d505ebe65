import type { DomainEvent } from '@balie/contracts';
import type { Database } from '@balie/db';
import { EVENTS_CHANNEL } from './emit-event';
import { listEventsAfter } from './list-events';

const PAGE = 500;

export interface Subscription {
  /** The last sequence number delivered to this subscriber. */
  readonly lastSeq: number;
  close(): void;
}

interface Subscriber {
  lastSeq: number;
  /** Receives each event once, in order, with its JSON already serialised (shared by all). */
  deliver: (event: DomainEvent, json: string) => void;
  closed: boolean;
}

interface AccountState {
  subscribers: Set<Subscriber>;
  pumping: boolean;
  again: boolean;
}

/**
 * Streams each account's events to its subscribers (the realtime WebSocket) in sequence order,
 * without gaps or repeats. A subscriber starts after the last number it saw and is caught up from
 * the events table; NOTIFY only says "something new", the table is the truth. That makes
 * reconnects lossless and lets several processes behave as one.
 */
export class EventStream {
  private readonly accounts = new Map<string, AccountState>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(EVENTS_CHANNEL, (payload) => {
      const accountId = payload.slice(0, payload.indexOf(':'));
      if (this.accounts.has(accountId)) this.pump(accountId);
    });
    this.database.onReconnect(() => {
      for (const accountId of this.accounts.keys()) this.pump(accountId);
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.accounts.clear();
  }

  subscribe(accountId: string, afterSeq: number, deliver: Subscriber['deliver']): Subscription {
    const sub: Subscriber = { lastSeq: afterSeq, deliver, closed: false };
    let state = this.accounts.get(accountId);
    if (!state) {
      state = { subscribers: new Set(), pumping: false, again: false };
      this.accounts.set(accountId, state);
    }
    state.subscribers.add(sub);
    this.pump(accountId);
    return {
      get lastSeq() {
        return sub.lastSeq;
      },
      close: () => {
        sub.closed = true;
        const s = this.accounts.get(accountId);
        if (!s) return;
        s.subscribers.delete(sub);
        if (s.subscribers.size === 0 && !s.pumping) this.accounts.delete(accountId);
      },
    };
  }

  /** Reads what the slowest subscriber lacks, once per account however many notifications came. */
  private pump(accountId: string): void {
    const state = this.accounts.get(accountId);
    if (!state) return;
    if (state.pumping) {
      state.again = true;
      return;
    }
    state.pumping = true;
    void this.drain(accountId, state).finally(() => {
      state.pumping = false;
      if (state.subscribers.size === 0) this.accounts.delete(accountId);
      else if (state.again) this.pump(accountId);
    });
  }

  private async drain(accountId: string, state: AccountState): Promise<void> {
    do {
      state.again = false;
      let more = true;
      while (more && state.subscribers.size > 0) {
        let from = Infinity;
        for (const s of state.subscribers) from = Math.min(from, s.lastSeq);
        let events: DomainEvent[];
        try {
          events = await listEventsAfter({ db: this.database.db, accountId, after: from, limit: PAGE });
        } catch {
          // The database is briefly unavailable: the next notification or reconnect retries.
          return;
        }
        for (const event of events) {
          const json = JSON.stringify(event);
          for (const s of state.subscribers) {
            if (s.closed || event.seq <= s.lastSeq) continue;
            s.lastSeq = event.seq;
            s.deliver(event, json);
          }
        }
        more = events.length === PAGE;
      }
    } while (state.again);
  }
}
