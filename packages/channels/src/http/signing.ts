import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures on the requests Balie sends (outbound webhooks, API-channel replies):
 * `x-balie-signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` with the Unix time in
 * seconds in `x-balie-timestamp`. The timestamp is inside the signature, so an old request cannot
 * be replayed with a fresh timestamp; receivers refuse timestamps older than a few minutes.
 */
export const SIGNATURE_HEADER = 'x-balie-signature';
export const TIMESTAMP_HEADER = 'x-balie-timestamp';

export function signBody(secret: string, timestamp: number, body: string | Buffer): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(body);
  return `v1=${mac.digest('hex')}`;
}

/** The headers for one signed delivery. */
export function signatureHeaders(secret: string, body: string | Buffer, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signBody(secret, timestamp, body) };
}

/** What a receiver does (and what our tests do as the receiver). */
export function verifySignature(opts: {
  secret: string;
  body: string | Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  toleranceSeconds?: number;
  now?: Date;
}): boolean {
  const ts = Number(opts.timestamp);
  if (!opts.signature || !Number.isInteger(ts)) return false;
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - ts) > (opts.toleranceSeconds ?? 300)) return false;
  return safeEqualText(opts.signature, signBody(opts.secret, ts, opts.body));
}

export function safeEqualText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
