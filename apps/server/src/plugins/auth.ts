import { AppError } from '@balie/contracts';
import { resolveApiToken, resolveSession, safeEqual, type Actor, type Database, type ResolvedSession } from '@balie/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const SESSION_COOKIE = 'balie_session';

export interface Auth {
  actor: Actor;
  /** Present for cookie sessions; absent for API tokens. */
  session?: { id: string; csrfToken: string; secret: string; userEmail: string };
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in (login, setup, health). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the caller from a bearer token or the session cookie. */
export async function authenticate(req: FastifyRequest, database: Database): Promise<Auth> {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('invalid_token');
    return { actor: await resolveApiToken({ db: database.db, secret: match[1]!, ip: req.ip }) };
  }
  const secret = req.cookies[SESSION_COOKIE];
  if (!secret) throw new AppError('unauthenticated');
  const s = await resolveSession({ db: database.db, secret });
  return {
    actor: sessionActor(s, req.ip),
    session: { id: s.sessionId, csrfToken: s.csrfToken, secret, userEmail: s.userEmail },
  };
}

/** The acting user of a browser session. */
export function sessionActor(s: ResolvedSession, ip: string): Actor {
  return { type: 'user', id: s.userId, name: s.userName, accountId: s.accountId, role: s.role, ip };
}

/**
 * Cookie-authenticated writes need the session's CSRF token in `x-csrf-token`; a cross-site page
 * can send the cookie but cannot read the token. Bearer tokens are not sent by browsers on their own.
 */
export function assertCsrf(req: FastifyRequest, auth: Auth): void {
  if (!auth.session || SAFE_METHODS.has(req.method)) return;
  const sent = req.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !safeEqual(sent, auth.session.csrfToken)) throw new AppError('csrf_failed');
}

export function requireAuth(req: FastifyRequest): Auth {
  if (!req.auth) throw new AppError('unauthenticated');
  return req.auth;
}

export function setSessionCookie(
  reply: FastifyReply,
  req: FastifyRequest,
  secret: string,
  expiresAt: Date,
  secure: 'auto' | 'true' | 'false',
): void {
  void reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure === 'auto' ? req.protocol === 'https' : secure === 'true',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { database: Database }) => {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config?.public || !req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const auth = await authenticate(req, opts.database);
    assertCsrf(req, auth);
    req.auth = auth;
  });
});
