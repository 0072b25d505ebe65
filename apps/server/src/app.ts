import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import type { Database, EventStream } from '@balie/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { errorBody, handleError } from './errors';
import { loggerOptions } from './logger';
import { authPlugin } from './plugins/auth';
import { accountRoutes } from './routes/account';
import { adminRoutes } from './routes/admin';
import { analysisRoutes } from './routes/analysis';
import { attachmentRoutes } from './routes/attachments';
import { channelInboundRoutes } from './routes/channel-inbound';
import { channelRoutes } from './routes/channels';
import { authRoutes } from './routes/auth';
import { contactRoutes } from './routes/contacts';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { inboxRoutes } from './routes/inbox';
import { inboxSettingsRoutes } from './routes/inbox-settings';
import { tokenRoutes } from './routes/tokens';
import { widgetRoutes } from './routes/widget';
import { widgetAdminRoutes } from './routes/widget-admin';
import { widgetFileRoutes } from './routes/widget-files';
import { widgetSocketRoutes } from './routes/widget-socket';
import { webhookRoutes } from './routes/webhooks';

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: Array<{ method: string; url: string }>;
  }
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface AppDeps {
  config: Config;
  database: Database;
  events: EventStream;
  isShuttingDown?: () => boolean;
  /** Logger settings; tests pass `false` to keep output quiet. */
  logger?: boolean | ReturnType<typeof loggerOptions>;
}

/** Builds the HTTP server: one plugin per API area, one error handler, the web app's files. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.LOG_LEVEL),
    bodyLimit: config.BALIE_BODY_LIMIT_BYTES,
    trustProxy: config.BALIE_TRUST_PROXY,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  // The route table, for tests that must cover every route (e.g. tenant isolation).
  const routeTable: Array<{ method: string; url: string }> = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // JSON only: the default text/plain parser would let forms from other sites post to the API.
  app.removeContentTypeParser('text/plain');

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': ["'self'"] },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({ ...errorBody('rate_limited'), statusCode: ctx.statusCode }),
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Balie API',
        version: '0.1.0',
        description:
          'The webcare platform API. Authenticate with a session cookie (and x-csrf-token for writes) or `Authorization: Bearer <API token>`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'balie_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
  await app.register(authPlugin, { database: deps.database });

  const routeDeps = { database: deps.database, config, events: deps.events };
  await app.register(async (scope) =>
    healthRoutes(scope, { ...routeDeps, isShuttingDown: deps.isShuttingDown ?? (() => false) }),
  );
  await app.register(async (scope) => authRoutes(scope, routeDeps));
  await app.register(async (scope) => accountRoutes(scope, routeDeps));
  await app.register(async (scope) => tokenRoutes(scope, routeDeps));
  await app.register(async (scope) => adminRoutes(scope, routeDeps));
  await app.register(async (scope) => eventRoutes(scope, routeDeps));
  await app.register(async (scope) => inboxRoutes(scope, routeDeps));
  await app.register(async (scope) => inboxSettingsRoutes(scope, routeDeps));
  await app.register(async (scope) => analysisRoutes(scope, routeDeps));
  await app.register(async (scope) => contactRoutes(scope, routeDeps));
  await app.register(async (scope) => attachmentRoutes(scope, routeDeps));
  await app.register(async (scope) => widgetRoutes(scope, routeDeps));
  await app.register(async (scope) => widgetSocketRoutes(scope, routeDeps));
  await app.register(async (scope) => widgetAdminRoutes(scope, routeDeps));
  await app.register(async (scope) => widgetFileRoutes(scope, routeDeps));
  await app.register(async (scope) => channelInboundRoutes(scope, routeDeps));
  await app.register(async (scope) => channelRoutes(scope, routeDeps));
  await app.register(async (scope) => webhookRoutes(scope, routeDeps));

  const webDist = config.BALIE_WEB_DIST ?? DEFAULT_WEB_DIST;
  const indexHtml = existsSync(webDist + '/index.html') ? readFileSync(webDist + '/index.html', 'utf8') : undefined;
  if (indexHtml) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });

  app.setNotFoundHandler((req, reply) => {
    // Any other GET outside the API is a page of the single-page app (deep links, reloads).
    const isPage = req.method === 'GET' && !req.url.startsWith('/api/');
    if (isPage && indexHtml) return reply.type('text/html').send(indexHtml);
    if (isPage) return reply.type('text/plain').send('The web app is not built: run `npm run build`.');
    return reply.code(404).send(errorBody('route_not_found'));
  });
  return app;
}
