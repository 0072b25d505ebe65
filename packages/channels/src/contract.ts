/**
 * The channel contract: what every channel adapter provides. Adapters verify and parse without
 * I/O (pure functions of the request and the connection's config) and talk to the outside only
 * in `send`, which runs inside a job with an HTTP client that refuses private addresses.
 */
import type { z } from 'zod';
import type { ChannelKind, InboundMessageInput } from '@balie/contracts';

/** A webhook request as it arrived: the exact bytes (signatures are over them) and lower-case headers. */
export interface RawRequest {
  method: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  query: Readonly<Record<string, string | undefined>>;
  rawBody: Buffer;
  receivedAt: Date;
}

export type VerifyResult =
  /** Accepted. `respond` answers a handshake (Meta's hub.challenge, X's CRC) instead of storing anything. */
  { ok: true; respond?: { status: number; contentType: string; body: string } } | { ok: false; reason: string };

/** A customer's message, as core's recordInbound takes it (the connection is added by the ingest job). */
export type ChannelInboundMessage = Omit<InboundMessageInput, 'connectionId'>;

/** What a platform told us, in Balie's terms. */
export type InboundEvent =
  | { kind: 'message'; message: ChannelInboundMessage }
  /** A message we already have was edited or deleted on the platform. */
  | { kind: 'change'; externalId: string; change: 'edited' | 'deleted'; body?: string; changedAt?: string }
  /** Delivery news about a message we sent (by the platform's id for it). */
  | {
      kind: 'status';
      externalId: string;
      status: 'delivered' | 'read' | 'failed';
      reason?: string;
      at?: string;
    };

/** Never a throw, never silence: a payload becomes events, or an explicit reason why it is ignored. */
export type ParseResult = { events: InboundEvent[] } | { ignored: string };

export interface ChannelCapabilities {
  publicReplies: boolean;
  privateReplies: boolean;
  attachments: boolean;
  /** Longest reply text the platform accepts (characters). */
  maxTextLength?: number;
  /** Hours after the customer's last message in which a free reply is allowed. */
  replyWindowHours?: number;
  /** Sends per second per connection; the send job waits rather than exceed it. */
  sendsPerSecond?: number;
}

/** A reply to send: everything an adapter needs, loaded by the send job. */
export interface OutboundMessage {
  messageId: string;
  /** Stable for the message (also across job retries): platforms that support it deduplicate on it. */
  idempotencyKey: string;
  conversationId: string;
  threadKey: string;
  visibility: 'public' | 'private';
  body: string;
  recipient: { externalId: string; handle: string | null; displayName: string | null };
  /** The platform's id of the newest customer message in the conversation, to reply to. */
  replyToExternalId: string | null;
  author: { id: string | null; name: string };
  attachments: Array<{ id: string; filename: string; contentType: string; size: number }>;
  createdAt: string;
}

export interface HttpRequest {
  url: string;
  method?: 'POST' | 'PUT' | 'GET';
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** At most 64 KiB of the body, as text. */
  body: string;
}

/**
 * Why a request never got a response. `refused_address`: the host resolved to a private,
 * loopback or link-local address and the connection does not allow that (SSRF guard).
 */
export type HttpFailureKind = 'refused_address' | 'invalid_url' | 'timeout' | 'network';

export class HttpFailure extends Error {
  override name = 'HttpFailure';
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** The only way an adapter reaches the network: guarded against SSRF, never follows redirects. */
export type HttpClient = (req: HttpRequest) => Promise<HttpResponse>;

export interface SendContext<Config> {
  config: Config;
  connection: { id: string; accountId: string; name: string };
  http: HttpClient;
  readAttachment(id: string): Promise<Buffer>;
  signal: AbortSignal;
  now(): Date;
}

export type SendResult =
  | { ok: true; status: 'sent' | 'delivered'; externalId?: string }
  /** `retryable`: the same send may work later (timeouts, 5xx, 429); otherwise it never will. */
  | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number };

export interface NewConnectionConfig<Config> {
  config: Config;
  tokenHash?: string;
  shownOnce: Record<string, string>;
}

export interface ChannelAdapter<Config> {
  kind: ChannelKind;
  configSchema: z.ZodType<Config>;
  /** Config fields that are secrets: never shown after creation, redacted from logs and audits. */
  secretFields: readonly string[];
  capabilities: ChannelCapabilities;
  /**
   * A new connection's config from the admin's settings, with any secrets generated here. `token`:
   * the credential a source sends us (stored only as its SHA-256, in `tokenHash`); `shownOnce`:
   * values the admin sees once, on creation. Throws AppError('validation_failed') on bad settings.
   */
  createConfig(settings: Record<string, unknown>): NewConnectionConfig<Config>;
  verify(req: RawRequest, config: Config): VerifyResult;
  /**
   * The provider's id of this delivery, used to store it once (a redelivery is a no-op). Pure and
   * cheap: no full parse before the acknowledgement. Undefined: the SHA-256 of the body is used.
   */
  eventId?(req: RawRequest, config: Config): string | undefined;
  /** `body` is the parsed JSON for JSON requests, otherwise the body as text. */
  parse(body: unknown, config: Config): ParseResult;
  /** Never throws: errors come back classified as retryable or final. */
  send(message: OutboundMessage, ctx: SendContext<Config>): Promise<SendResult>;
}
