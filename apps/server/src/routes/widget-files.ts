import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AppError } from '@balie/contracts';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './types';
import { requireWidget } from './widget-guard';

const DEFAULT_WIDGET_DIST = fileURLToPath(new URL('../../../widget/dist/', import.meta.url));
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * The widget's built files: the loader any page may include, and the chat app for the iframe.
 * The app's page may be framed only by the widget's allowed origins (CSP frame-ancestors).
 */
export async function widgetFileRoutes(app: FastifyInstance, deps: RouteDeps & { widgetDist?: string | undefined }) {
  const dist = deps.widgetDist ?? DEFAULT_WIDGET_DIST;
  // The browser test (only) sets this: the chat app then exposes its network switch (`balieNetwork`).
  const testHooks = deps.config.BALIE_WIDGET_TEST_HOOKS;
  const cache = new Map<string, Buffer>();
  async function file(path: string): Promise<Buffer> {
    let data = cache.get(path);
    if (!data) {
      data = await readFile(dist + path).catch(() => {
        throw new AppError('route_not_found', 'The widget is not built: run `npm run build`.');
      });
      cache.set(path, data);
    }
    return data;
  }

  app.get('/widget.js', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .type(TYPES.js!)
      // Included by other sites' pages: helmet's same-origin resource policy would block it.
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', 'public, max-age=300')
      .send(await file('widget.js')),
  );

  app.get('/widget/app', { schema: { hide: true } }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const widget = await requireWidget(deps.database.db, req, q.token, q.page);
    const ancestors = widget.config.settings.allowedOrigins.join(' ');
    reply.removeHeader('x-frame-options');
    return reply
      .type('text/html; charset=utf-8')
      .header(
        'content-security-policy',
        `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; ` +
          `frame-ancestors ${ancestors}; base-uri 'none'; form-action 'none'`,
      )
      .header('cache-control', 'no-store')
      .send(testHooks ? withTestHooks(await file('app/index.html')) : await file('app/index.html'));
  });

  app.get('/widget/app/assets/:name', { schema: { hide: true } }, async (req, reply) => {
    const { name } = req.params as { name: string };
    const ext = /^[\w.-]+\.(js|css|svg)$/.exec(name)?.[1];
    if (!ext || name.includes('..')) throw new AppError('route_not_found');
    return reply
      .type(TYPES[ext]!)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(await file(`app/assets/${name}`));
  });
}

function withTestHooks(html: Buffer): Buffer {
  return Buffer.from(html.toString('utf8').replace('<head>', '<head><meta name="balie-test-hooks" content="on" />'));
}
