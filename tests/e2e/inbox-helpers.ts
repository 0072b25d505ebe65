/**
 * Helpers for the inbox browser test: the API as the admin uses it (cookie + CSRF token), the
 * customer writing in through core, and signing in through the login page.
 */
import type { ReachFigures } from '@balie/contracts';
import { recordInbound } from '@balie/core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { InProcessServer } from './support';

export const PASSWORD = 'een heel goed wachtwoord';
/** Every wait in these tests is bounded by this. */
export const WAIT_MS = 15_000;

export interface ApiClient {
  accountId: string;
  post<T>(path: string, body: unknown): Promise<T>;
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** First-run setup through the API; returns the admin's client. */
export async function setUpAccount(base: string, admin: { name: string; email: string }): Promise<ApiClient> {
  const res = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountName: 'Webcare Test', ...admin, password: PASSWORD, language: 'nl' }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const session = await json<{ csrfToken: string; account: { id: string } }>(res, 'setup');
  return {
    accountId: session.account.id,
    post: async <T>(path: string, body: unknown) =>
      json<T>(
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': session.csrfToken },
          body: JSON.stringify(body),
        }),
        `POST ${path}`,
      ),
  };
}

export interface Customer {
  externalId: string;
  displayName: string;
  handle?: string;
}

let messageNo = 0;

/** A customer's message arriving on a channel, as a channel adapter would record it. */
export async function customerWrites(
  server: InProcessServer,
  accountId: string,
  connectionId: string,
  opts: { customer: Customer; threadKey: string; body: string; minutesAgo?: number; reach?: ReachFigures },
): Promise<string> {
  messageNo += 1;
  const { conversationId } = await recordInbound({
    db: server.db,
    accountId,
    input: {
      connectionId,
      externalId: `msg-${messageNo}`,
      threadKey: opts.threadKey,
      // A post with reach figures is a public one: only those have an audience.
      visibility: opts.reach ? 'public' : 'private',
      body: opts.body,
      sender: opts.customer,
      ...(opts.reach ? { reach: opts.reach } : {}),
      ...(opts.minutesAgo !== undefined ? { sentAt: new Date(Date.now() - opts.minutesAgo * 60_000).toISOString() } : {}),
    },
  });
  return conversationId;
}

/** A fresh browser context signed in through the login page, with the realtime connection live. */
export async function signInAs(browser: Browser, base: string, email: string, locale: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  await page.goto(base);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
  return [context, page];
}

export function queueRow(page: Page, conversationId: string): Locator {
  return page.getByTestId('queue-list').locator(`[data-testid="queue-row"][data-conversation-id="${conversationId}"]`);
}

/** The conversation ids of the queue as shown, top to bottom. */
export async function queueOrder(page: Page): Promise<string[]> {
  const rows = page.getByTestId('queue-list').getByTestId('queue-row');
  const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-conversation-id') ?? ''));
  return ids;
}

/** Polls `read` until `ok` holds (bounded), for conditions no single locator expresses. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
