import { AppError, LoginRequest, Ok, Session, SetupRequest, SetupStatus, SwitchAccountRequest } from '@balie/contracts';
import { isSetupNeeded, resolveSession, setupInstance, signIn, signOut, signOutEverywhere, switchAccount } from '@balie/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { clearSessionCookie, requireAuth, sessionActor, setSessionCookie } from '../plugins/auth';
import { sessionView } from './session-view';
import { ctx, type RouteDeps } from './types';

/** First-run setup, sign-in and sign-out, and the current session. */
export async function authRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const secure = deps.config.BALIE_COOKIE_SECURE;

  /** The session view of the browser session behind a cookie secret. */
  async function viewOf(req: FastifyRequest, secret: string) {
    const s = await resolveSession({ db, secret });
    return sessionView({ db, actor: sessionActor(s, req.ip), email: s.userEmail, csrfToken: s.csrfToken });
  }

  /** Starts a browser session from a fresh cookie secret and answers with the session view. */
  async function startSession(req: FastifyRequest, reply: FastifyReply, secret: string, expiresAt: Date) {
    setSessionCookie(reply, req, secret, expiresAt, secure);
    return viewOf(req, secret);
  }

  r.get('/api/setup', { config: { public: true }, schema: { tags: ['auth'], response: { 200: SetupStatus } } }, async () => ({
    needed: await isSetupNeeded(db),
  }));

  r.post(
    '/api/setup',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], body: SetupRequest, response: { 200: Session } },
    },
    async (req, reply) => {
      const { session } = await setupInstance({ db, ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] });
      return startSession(req, reply, session.secret, session.expiresAt);
    },
  );

  r.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], body: LoginRequest, response: { 200: Session } },
    },
    async (req, reply) => {
      const session = await signIn({ db, ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] });
      return startSession(req, reply, session.secret, session.expiresAt);
    },
  );

  r.get('/api/session', { schema: { tags: ['auth'], response: { 200: Session } } }, async (req) => {
    const auth = requireAuth(req);
    if (!auth.session) throw new AppError('forbidden', 'API tokens have no browser session.');
    return sessionView({ db, actor: auth.actor, email: auth.session.userEmail, csrfToken: auth.session.csrfToken });
  });

  r.post(
    '/api/session/account',
    { schema: { tags: ['auth'], body: SwitchAccountRequest, response: { 200: Session } } },
    async (req) => {
      const auth = requireAuth(req);
      if (!auth.session) throw new AppError('forbidden', 'API tokens have no browser session.');
      await switchAccount({ ...ctx(req, deps), sessionId: auth.session.id, accountId: req.body.accountId });
      return viewOf(req, auth.session.secret);
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['auth'], response: { 200: Ok } } }, async (req, reply) => {
    const auth = requireAuth(req);
    if (auth.session) await signOut({ ...ctx(req, deps), sessionId: auth.session.id });
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  r.post('/api/auth/logout-all', { schema: { tags: ['auth'], response: { 200: Ok } } }, async (req, reply) => {
    const auth = requireAuth(req);
    if (auth.actor.type !== 'user') throw new AppError('forbidden');
    await signOutEverywhere(ctx(req, deps));
    clearSessionCookie(reply);
    return { ok: true as const };
  });
}
