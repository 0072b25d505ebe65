import { createHmac, randomUUID } from 'node:crypto';
import { safeEqualText } from '../http/signing';

/**
 * Visitor tokens are stateless: `v1.<visitor id>.<issued, unix s>.<HMAC-SHA256(visitor secret)>`.
 * The visitor secret is per widget and never leaves the server, so a token of one widget is
 * worthless for another, and nobody can mint a token for someone else's visitor id.
 */
const MAX_AGE_SECONDS = 400 * 24 * 3600;
const TOKEN = /^v1\.([0-9a-f-]{36})\.(\d{1,12})\.([0-9a-f]{64})$/;

function mac(secret: string, visitorId: string, issued: number): string {
  return createHmac('sha256', secret).update(`v1.${visitorId}.${issued}`).digest('hex');
}

export function signVisitorToken(secret: string, now = new Date(), visitorId: string = randomUUID()) {
  const issued = Math.floor(now.getTime() / 1000);
  return { visitorId, visitorToken: `v1.${visitorId}.${issued}.${mac(secret, visitorId, issued)}` };
}

/** The visitor id of a genuine, unexpired token; undefined for anything else. */
export function readVisitorToken(secret: string, token: string | undefined, now = new Date()): string | undefined {
  const m = TOKEN.exec(token ?? '');
  if (!m) return undefined;
  const [, visitorId, issuedText, signature] = m as unknown as [string, string, string, string];
  const issued = Number(issuedText);
  const age = now.getTime() / 1000 - issued;
  if (age < -300 || age > MAX_AGE_SECONDS) return undefined;
  return safeEqualText(signature, mac(secret, visitorId, issued)) ? visitorId : undefined;
}

/** HMAC-SHA256(identity secret, user id) in hex: what the website's server computes for a signed-in customer. */
export function identityHash(identitySecret: string, userId: string): string {
  return createHmac('sha256', identitySecret).update(userId).digest('hex');
}

export function verifyIdentityHash(identitySecret: string, userId: string, hash: string): boolean {
  return safeEqualText(hash.toLowerCase(), identityHash(identitySecret, userId));
}
