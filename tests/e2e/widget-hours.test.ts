/**
 * The website chat on a customer's page, in Chromium: `Balie.identify` called before the async
 * loader is ready (queued, then run), business hours (inside: no away message; outside: the away
 * message and the e-mail field, and the address lands on the contact) and the proactive greeting
 * (after N seconds; no conversation until the visitor answers, then exactly one).
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { identityHash } from '@balie/channels';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, setUpAccount, WAIT_MS, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const ANNA = { name: 'Anna Admin', email: 'anna@example.nl' };
// Every minute of the week.
const ALWAYS = [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
  { day, open: '00:00', close: '23:59' },
  { day, open: '23:59', close: '00:00' },
]);

interface Widget {
  connectionId: string;
  widgetToken: string;
  identitySecret: string;
}

describe('the website chat on a customer page: identify, business hours, proactive greeting', () => {
  let server: InProcessServer;
  let site: Server;
  let siteBase: string;
  let browser: Browser;
  let admin: ApiClient;
  const contexts: BrowserContext[] = [];
  /** Path → the page's HTML (before and after the loader tag). */
  const pages = new Map<string, { token: string; head?: string; tail?: string }>();

  before(async () => {
    server = await startInProcessServer();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, ANNA);
    site = createServer((req, res) => {
      const p = pages.get(req.url ?? '');
      if (!p) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="nl"><head><title>Winkel</title>${p.head ?? ''}</head><body><h1>De Winkel</h1>
        <script src="${server.base}/widget.js" data-balie="${p.token}" async></script>${p.tail ?? ''}</body></html>`);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteBase = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await new Promise((r) => site?.close(r));
  });

  const widget = (settings: object) =>
    admin.post<Widget>('/api/widgets', { name: 'Website', settings: { allowedOrigins: [siteBase], ...settings } });
  async function visit(path: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 800 } });
    context.setDefaultTimeout(WAIT_MS);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${siteBase}${path}`);
    return page;
  }
  const conversations = async (connectionId: string) => {
    // The id is Balie's own uuid; the test reads the stored contact straight from the database.
    const r = await server.db.execute(
      `select ct.name, ct.email from conversations c join contacts ct on ct.id = c.contact_id
      where c.connection_id = '${connectionId}' order by c.created_at` as never,
    );
    return r.rows as Array<{ name: string | null; email: string | null }>;
  };
  async function write(page: Page, text: string, email?: string) {
    const chat = page.frameLocator('iframe[title="Chat met ons"]');
    if (email) await chat.getByLabel('Je e-mailadres (voor ons antwoord)').fill(email);
    await chat.getByLabel('Typ je bericht').fill(text);
    await chat.getByLabel('Typ je bericht').press('Enter');
    await chat.getByRole('log').getByText(text).waitFor();
  }

  it('runs Balie.identify called before the loader is ready, and fires balie:ready', async () => {
    const w = await widget({});
    const who = { userId: 'klant-77', hash: identityHash(w.identitySecret, 'klant-77'), name: 'Noor de Vries' };
    // The stub from the README, before the loader tag; the call happens at once, long before the loader is ready.
    pages.set('/identify', {
      token: w.widgetToken,
      head: `<script>
        window.Balie = window.Balie || { q: [], identify: function (who) { this.q.push(['identify', who]); } };
        Balie.identify(${JSON.stringify(who)});
        window.addEventListener('balie:ready', function () { window.__ready = typeof Balie.open; });
      </script>`,
    });
    const page = await visit('/identify');
    await page.waitForFunction(() => (globalThis as { __ready?: string }).__ready === 'function');
    assert.equal(await page.evaluate(() => Array.isArray((globalThis as { Balie?: { q?: unknown } }).Balie?.q)), false);
    await page.getByRole('button', { name: 'Chat met ons' }).click();
    await write(page, 'Ik ben ingelogd');
    // Without BALIE_WIDGET_TEST_HOOKS the chat app has no test hooks.
    const app = page.frames().find((f) => f.url().includes('/widget/app'))!;
    assert.equal(await app.evaluate(() => 'balieNetwork' in globalThis), false);
    await eventually(
      () => conversations(w.connectionId),
      (rows) => rows.length === 1 && rows[0]!.name === 'Noor de Vries',
      'the chat is under the identified customer',
    );
  });

  it('inside business hours: no away message and no e-mail field', async () => {
    const w = await widget({
      businessHours: { enabled: true, timeZone: 'Europe/Amsterdam', days: ALWAYS },
      texts: { nl: { awayMessage: 'We zijn gesloten' }, en: {} },
    });
    pages.set('/open', { token: w.widgetToken });
    const page = await visit('/open');
    await page.getByRole('button', { name: 'Chat met ons' }).click();
    const chat = page.frameLocator('iframe[title="Chat met ons"]');
    await chat.getByLabel('Typ je bericht').waitFor();
    assert.equal(await chat.getByText('We zijn gesloten').count(), 0);
    assert.equal(await chat.getByLabel('Je e-mailadres (voor ons antwoord)').isVisible(), false);
  });

  it('outside business hours: the away message and the e-mail field; the address lands on the contact', async () => {
    const w = await widget({
      businessHours: { enabled: true, timeZone: 'Europe/Amsterdam', days: [], askEmail: true },
      texts: { nl: { awayMessage: 'We zijn gesloten, laat je adres achter' }, en: {} },
    });
    pages.set('/closed', { token: w.widgetToken });
    const page = await visit('/closed');
    await page.getByRole('button', { name: 'Chat met ons' }).click();
    const chat = page.frameLocator('iframe[title="Chat met ons"]');
    await chat.getByRole('log').getByText('We zijn gesloten, laat je adres achter').waitFor();
    await chat.getByLabel('Je e-mailadres (voor ons antwoord)').waitFor();
    await write(page, 'Kunnen jullie me mailen?', 'noor@example.nl');
    await eventually(
      () => conversations(w.connectionId),
      (rows) => rows.length === 1 && rows[0]!.email === 'noor@example.nl',
      'the e-mail address is on the contact',
    );
  });

  it('shows the proactive greeting after the delay, creates no conversation until the visitor answers, then exactly one', async () => {
    const w = await widget({
      proactiveDelaySeconds: 3,
      texts: { nl: { proactiveMessage: 'Hulp nodig bij je bestelling?' }, en: {} },
    });
    pages.set('/proactive', { token: w.widgetToken });
    const started = Date.now();
    const page = await visit('/proactive');
    const greeting = page.getByRole('button', { name: 'Hulp nodig bij je bestelling?' });
    await page.getByRole('button', { name: 'Chat met ons' }).waitFor();
    assert.equal(await greeting.count(), 0, 'not before the delay');
    await greeting.waitFor();
    assert.ok(Date.now() - started >= 2900, `shown after ${Date.now() - started} ms`);
    assert.deepEqual(await conversations(w.connectionId), [], 'an invitation only');
    await greeting.click();
    const chat = page.frameLocator('iframe[title="Chat met ons"]');
    await chat.getByLabel('Typ je bericht').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(await conversations(w.connectionId), [], 'opening the chat stores nothing');
    await write(page, 'Ja, waar is pakket 5521?');
    await write(page, 'Het is al een week onderweg');
    await eventually(
      () => conversations(w.connectionId),
      (rows) => rows.length === 1,
      'one conversation',
    );
  });
});
