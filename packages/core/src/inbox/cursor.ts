import { AppError } from '@balie/contracts';

/** Keyset cursors: the sort key of a page's last row, opaque to clients. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key of a cursor of `length` parts; anything else is the client's error. */
export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length) return key;
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'Invalid cursor.');
}

/** A (timestamp, id) cursor, the shape of every newest-first list. */
export function decodeTimeIdCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string') throw new AppError('validation_failed', 'Invalid cursor.');
  return [at, id];
}
