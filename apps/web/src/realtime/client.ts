/**
 * The realtime connection: one WebSocket to /api/realtime that resumes after the last event seen.
 * It reconnects with exponential back-off and drops events it has already delivered, so a flaky
 * network neither loses nor repeats an event. No React in here; see useRealtime for the wiring.
 */
import { RealtimeServerMessage, type DomainEvent, type Presence } from '@balie/contracts';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting';
export type PresenceState = Presence['state'];

export interface RealtimeOptions {
  /** The sequence number of the last event already known; the server sends what comes after. */
  after: number;
  onEvent: (event: DomainEvent) => void;
  /** Someone (possibly this user, in another tab) views, types in or left a conversation. */
  onPresence?: (presence: Presence) => void;
  onState: (state: ConnectionState) => void;
  /** The server closed with 4401: the session is gone. The client stops reconnecting. */
  onUnauthenticated: () => void;
  /** Builds the socket URL; replaceable in tests. */
  url?: (after: number) => string;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
const CLOSE_UNAUTHENTICATED = 4401;

export function realtimeUrl(after: number): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/realtime?after=${after}`;
}

/** 0.5 s doubling to 10 s, each delay drawn from its upper half so clients do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class RealtimeClient {
  private socket: WebSocket | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;
  private lastSeq: number;
  /** The conversation this tab is viewing, announced again after every (re)connect. */
  private viewing: string | null = null;

  constructor(private readonly options: RealtimeOptions) {
    this.lastSeq = options.after;
  }

  /** The sequence number of the newest event delivered so far. */
  get lastSeen(): number {
    return this.lastSeq;
  }

  /** The conversation this tab announced it is viewing, if any. */
  get viewingId(): string | null {
    return this.viewing;
  }

  start(): void {
    this.stopped = false;
    this.options.onState('connecting');
    this.open();
    window.addEventListener('online', this.reconnectNow);
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.reconnectNow);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'bye');
  }

  /**
   * Tells colleagues what this agent does in a conversation. Sent only while connected: presence
   * is ephemeral, so a lost one is simply repeated later (viewing is re-announced on reconnect).
   */
  sendPresence(conversationId: string, state: PresenceState): void {
    if (state === 'left') {
      if (this.viewing === conversationId) this.viewing = null;
    } else {
      this.viewing = conversationId;
    }
    this.send({ kind: 'presence', conversationId, state });
  }

  private send(message: unknown): void {
    const socket = this.socket;
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  private open(): void {
    const socket = new WebSocket((this.options.url ?? realtimeUrl)(this.lastSeq));
    this.socket = socket;
    socket.onmessage = (msg) => {
      if (this.socket === socket) this.receive(msg.data);
    };
    socket.onclose = (ev) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (ev.code === CLOSE_UNAUTHENTICATED) {
        this.stop();
        this.options.onUnauthenticated();
        return;
      }
      this.scheduleReconnect();
    };
    // An error is always followed by a close event; the reconnect happens there.
    socket.onerror = () => undefined;
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = RealtimeServerMessage.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'hello') {
      this.attempt = 0;
      this.options.onState('live');
      if (this.viewing) this.send({ kind: 'presence', conversationId: this.viewing, state: 'viewing' });
      return;
    }
    if (message.kind === 'presence') {
      this.options.onPresence?.(message.presence);
      return;
    }
    if (message.event.seq <= this.lastSeq) return;
    this.lastSeq = message.event.seq;
    this.options.onEvent(message.event);
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.options.onState('reconnecting');
    const delay = backoffDelay(this.attempt);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.open();
    }, delay);
  }

  /** When the browser comes back online, skip the rest of the back-off. */
  private readonly reconnectNow = (): void => {
    if (this.stopped || this.socket || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.open();
  };
}
