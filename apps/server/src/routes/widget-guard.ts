import { AppError } from '@balie/contracts';
import { WebChatConfig, hashWidgetToken, originAllowed, readVisitorToken, VISITOR_HEADER } from '@balie/channels';
import { findWidget } from '@balie/core/widget';
import type { Database } from '@balie/core';
import type { FastifyRequest } from 'fastify';

type Db = Database['db'];

export const WIDGET_HEADER = 'x-balie-widget';
export const PAGE_ORIGIN_HEADER = 'x-balie-page-origin';

export interface Widget {
  connectionId: string;
  accountId: string;
  config: WebChatConfig;
}

export interface Visitor extends Widget {
  visitorId: string;
  visitorToken: string;
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The page the widget runs on. The chat app lives in an iframe on Balie's own origin, so its
 * requests carry Balie's origin: then the page is the one the app learned from the loader's
 * postMessage (whose origin the browser vouches for), and the iframe itself can only be framed by
 * allowed pages (frame-ancestors). Requests straight from a page carry the page's Origin.
 */
export function pageOrigin(req: FastifyRequest, fromQuery?: string): string | undefined {
  const origin = header(req, 'origin');
  const claimed = fromQuery ?? header(req, PAGE_ORIGIN_HEADER);
  const own = origin ? sameHost(origin, req.headers.host) : header(req, 'sec-fetch-site') === 'same-origin';
  return own ? claimed : origin;
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Resolves the widget of a public token and checks that the page may use it. */
export async function requireWidget(
  db: Db,
  req: FastifyRequest,
  token: string | undefined,
  origin = pageOrigin(req),
): Promise<Widget> {
  if (!token || token.length > 100) throw new AppError('widget_not_found');
  const row = await findWidget({ db, tokenHash: hashWidgetToken(token) });
  const parsed = row ? WebChatConfig.safeParse(row.config) : undefined;
  if (!row || !parsed?.success) throw new AppError('widget_not_found');
  if (!originAllowed(parsed.data, origin)) throw new AppError('origin_not_allowed');
  return { connectionId: row.id, accountId: row.accountId, config: parsed.data };
}

/** The widget and the visitor of a request from the chat app. */
export async function requireVisitor(db: Db, req: FastifyRequest): Promise<Visitor> {
  const widget = await requireWidget(db, req, header(req, WIDGET_HEADER));
  const visitorToken = header(req, VISITOR_HEADER) ?? '';
  const visitorId = readVisitorToken(widget.config.visitorSecret, visitorToken);
  if (!visitorId) throw new AppError('invalid_visitor_token');
  return { ...widget, visitorId, visitorToken };
}

/**
 * Fixed-window counters in this process: enough to turn a flood from one visitor or one address
 * away with a clear `rate_limited`; a flood spread over many processes is the proxy's job.
 */
export class WindowLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  take(key: string, now = Date.now()): void {
    let entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 50_000) this.sweep(now);
      entry = { count: 0, resetAt: now + this.windowMs };
      this.hits.set(key, entry);
    }
    entry.count += 1;
    if (entry.count > this.max) {
      throw new AppError('rate_limited', undefined, { retryAfterSeconds: Math.ceil((entry.resetAt - now) / 1000) });
    }
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }
}
