/**
 * The outbound webhooks settings and the received-webhooks page in Chromium, against a real
 * server and a real receiver on 127.0.0.1 that checks every signature with the secret the admin
 * copied from the screen. An admin subscribes the receiver (refused until the private network is
 * allowed), sees the secret once, a customer message comes in through the API channel, and the
 * delivery shows in the log with HTTP 200. Then the raw event of that message: listed as
 * processed, opened with its body shown as text (hostile markup stays text), replayed.
 */
import { verifySignature } from '@balie/channels';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { eventually, PASSWORD, setUpAccount, signInAs, WAIT_MS, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const ANNA = { name: 'Anna Admin', email: 'anna@example.nl' };
const SANDER = { name: 'Sander Supervisor', email: 'sander@example.nl' };
const HOSTILE = '<b id="injected">vet</b><img src=x onerror="window.__pwned=1"> is mijn pakket al onderweg?';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  verified: boolean;
}

/** A webhook receiver as a customer would write one: 200 only for a valid signature, 401 otherwise. */
function startReceiver(): Promise<{
  url: string;
  received: Received[];
  addSecret(secret: string): void;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const secrets: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verified = secrets.some((secret) =>
        verifySignature({
          secret,
          body,
          signature: req.headers['x-balie-signature'] as string | undefined,
          timestamp: req.headers['x-balie-timestamp'] as string | undefined,
        }),
      );
      received.push({ headers: req.headers, body, verified });
      res.writeHead(verified ? 200 : 401, { 'content-type': 'text/plain' }).end(verified ? 'ok' : 'bad signature');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/balie-hook`,
        received,
        addSecret: (s) => {
          secrets.push(s);
        },
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/** Clicks "Refresh" until `ready` holds (deliveries and processing happen in the background). */
async function refreshUntil(refresh: Locator, ready: () => Promise<boolean>, what: string): Promise<void> {
  await eventually(
    async () => {
      if (await ready()) return true;
      await refresh.click();
      await new Promise((r) => setTimeout(r, 300));
      return ready();
    },
    Boolean,
    what,
  );
}

describe('outbound webhooks and received webhooks, in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;
  let admin: ApiClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let section: Locator;
  let secret: string;
  let channelToken: string;
  const messageId = `forum-post-${Date.now()}`;

  before(async () => {
    server = await startInProcessServer();
    receiver = await startReceiver();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, ANNA);
    await admin.post('/api/members', { ...SANDER, role: 'supervisor', password: PASSWORD });
    const [context, adminPage] = await signInAs(browser, server.base, ANNA.email, 'en-GB');
    contexts.push(context);
    page = adminPage;
    await page.goto(`${server.base}/#/account`);
    section = page.getByTestId('settings-webhooks');
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await receiver?.close();
    await server?.stop();
  });

  it('a. creating a subscription: events required, a loopback URL refused until the private network is allowed', async () => {
    await section.getByTestId('webhook-create').waitFor();
    await section.getByTestId('webhook-url').fill(receiver.url);
    await section.getByTestId('webhook-description').fill('Our CRM');
    await section.getByTestId('webhook-create-submit').click();
    await section.getByRole('alert').filter({ hasText: /event/i }).waitFor();
    assert.equal(await section.getByTestId('webhook-item').count(), 0);

    await section.getByTestId('webhook-event-message.created').check();
    await section.getByTestId('webhook-event-conversation.created').check();
    await section.getByTestId('webhook-create-submit').click();
    // The server refuses 127.0.0.1 without the explicit permission (SSRF), and the form says why.
    await section
      .getByRole('alert')
      .filter({ hasText: /private/i })
      .waitFor();
    assert.equal(await section.getByTestId('webhook-item').count(), 0);

    const allow = section.getByTestId('webhook-private');
    const warningId = await allow.getAttribute('aria-describedby');
    assert.ok(warningId);
    await allow.check();
    const warning = section.locator(`[id="${warningId}"]`);
    assert.match(await warning.innerText(), /127\.0\.0\.1/);
    assert.match((await warning.getAttribute('class')) ?? '', /message-error/, 'the warning stands out once ticked');
    await section.getByTestId('webhook-create-submit').click();

    const notice = section.getByTestId('webhook-secret');
    await notice.waitFor();
    secret = await notice.getByTestId('webhook-secret-value').inputValue();
    assert.match(secret, /^whsec_.{20,}$/);
    assert.equal(
      await notice
        .getByRole('heading')
        .first()
        .evaluate((el) => el === el.ownerDocument.activeElement),
      true,
      'focus moves to the secret',
    );
    // How to verify, with the header names the server really sends.
    const verify = await notice.getByTestId('webhook-verify').innerText();
    for (const header of ['x-balie-signature', 'x-balie-timestamp', 'HMAC-SHA256']) assert.ok(verify.includes(header), header);
    receiver.addSecret(secret);
    await notice.getByTestId('webhook-secret-done').click();
    await notice.waitFor({ state: 'detached' });

    const item = section.getByTestId('webhook-item');
    await item.waitFor();
    const text = await item.innerText();
    assert.ok(text.includes(receiver.url));
    assert.ok(text.includes('Message created') && text.includes('Conversation created'), text);
    assert.equal(await item.getAttribute('data-enabled'), 'true');
    // Shown once: after a reload the secret is nowhere on the page.
    await page.reload();
    await section.getByTestId('webhook-item').waitFor();
    assert.ok(!(await page.content()).includes(secret));
  });

  it('b. a customer message through the API channel is delivered, signed, and logged with HTTP 200', async () => {
    // The connection's replies go to the same receiver, signed with its own reply secret (see e).
    const connection = await admin.post<{ id: string; secrets: { token: string; replySecret: string } }>('/api/connections', {
      kind: 'api',
      name: 'Forum',
      settings: { replyUrl: receiver.url },
      allowPrivateNetwork: true,
    });
    channelToken = connection.secrets.token;
    receiver.addSecret(connection.secrets.replySecret);
    const res = await fetch(`${server.base}/api/channels/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${channelToken}` },
      body: JSON.stringify({ messageId, user: { id: 'forum-user-7', name: 'Fleur' }, text: HOSTILE }),
    });
    assert.ok(res.ok, await res.clone().text());

    const item = section.getByTestId('webhook-item');
    await item.getByTestId('webhook-log-toggle').click();
    const log = item.getByTestId('delivery-log');
    const delivered = log.locator('[data-testid="delivery-row"][data-status="200"]');
    await refreshUntil(log.getByTestId('delivery-refresh'), async () => (await delivered.count()) > 0, 'a delivery with 200');
    const row = await delivered.first().innerText();
    assert.match(row, /HTTP 200/);
    assert.match(row, /Delivered/);
    assert.match(row, /Message created|Conversation created/);
    assert.match(row, /\d+ ms/);

    // The receiver saw signed requests only, and verified them with the secret from the screen.
    assert.ok(receiver.received.length > 0);
    assert.ok(
      receiver.received.every((r) => r.verified),
      'every delivery verifies',
    );
    const types = receiver.received.map((r) => r.headers['x-balie-event']);
    assert.ok(types.includes('message.created') || types.includes('conversation.created'), String(types));
  });

  it('c. switch off and on again, and delete with confirmation', async () => {
    const item = section.getByTestId('webhook-item');
    await item.getByTestId('webhook-toggle').click();
    await section.locator('[data-testid="webhook-item"][data-enabled="false"]').waitFor();
    assert.match(await item.getByTestId('webhook-disabled-reason').innerText(), /Switched off by an admin/);
    await item.getByTestId('webhook-toggle').click();
    await section.locator('[data-testid="webhook-item"][data-enabled="true"]').waitFor();

    // Dismissing the confirmation keeps it; accepting deletes it.
    page.once('dialog', (d) => void d.dismiss());
    await item.getByTestId('webhook-delete').click();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await section.getByTestId('webhook-item').count(), 1);
    page.once('dialog', (d) => {
      assert.ok(d.message().includes(receiver.url));
      void d.accept();
    });
    await item.getByTestId('webhook-delete').click();
    await section.getByTestId('webhook-item').waitFor({ state: 'detached' });
    await section.getByText('No subscriptions yet.').waitFor();
  });

  it('d. the received webhook is listed as processed, opened with its body as text, and replayed', async () => {
    await page.getByTestId('nav-raw-events').click();
    await page.getByRole('heading', { level: 1, name: 'Received webhooks' }).waitFor();
    const row = page.locator('[data-testid="raw-event-row"]').filter({ hasText: messageId });
    const processed = row.locator('[data-testid="raw-event-status"][data-status="processed"]');
    await refreshUntil(page.getByTestId('raw-events-refresh'), async () => (await processed.count()) > 0, 'the event processed');
    assert.match(await row.innerText(), /Forum/);

    // The status filter asks the server: nothing failed, and back to the full list.
    await page.getByTestId('raw-events-status').selectOption('failed');
    await page.getByText('Nothing with this status.').waitFor();
    await page.getByTestId('raw-events-status').selectOption('processed');
    await row.waitFor();

    await row.getByTestId('raw-event-open').click();
    const detail = page.getByTestId('raw-event-detail');
    await detail.waitFor();
    assert.match(page.url(), /#\/raw-events\/[0-9a-f-]{36}$/);
    const body = detail.getByTestId('raw-event-body');
    const shown = await body.innerText();
    assert.ok(shown.includes(JSON.stringify(HOSTILE).slice(1, -1)), shown);
    assert.equal(await page.locator('#injected').count(), 0, 'the body is text, never HTML');
    assert.equal(await page.evaluate<unknown>('window.__pwned'), undefined);
    const headers = await detail.getByTestId('raw-event-headers').innerText();
    assert.match(headers, /content-type: application\/json/i);
    assert.ok(!headers.includes(channelToken), 'the token is not stored or shown');

    await detail.getByTestId('raw-event-replay').click();
    await detail.getByTestId('raw-event-replayed').waitFor();
    // The page follows the replayed event until it is processed again.
    await detail.locator('[data-testid="raw-event-status"][data-status="processed"]').waitFor({ timeout: WAIT_MS });

    await detail.getByTestId('raw-event-back').click();
    await page.getByTestId('raw-event-row').first().waitFor();
  });

  it("e. the API channel's reply deliveries are listed under the received webhooks", async () => {
    const open = await page.request.get(`${server.base}/api/conversations?tab=open`);
    const answer = (await open.json()) as { items: { id: string }[] };
    const [conversation] = answer.items;
    assert.ok(conversation, JSON.stringify(answer));
    await admin.post(`/api/conversations/${conversation.id}/reply`, { body: 'Morgen komt hij, Fleur!' });
    await eventually(
      async () => receiver.received.some((r) => r.body.includes('Morgen komt hij') && r.verified),
      Boolean,
      'the signed reply at the receiver',
    );
    // The connection was made outside this page (the app caches the channel list): load afresh.
    await page.goto(`${server.base}/#/raw-events`);
    await page.reload();
    const log = page.getByTestId('api-deliveries').getByTestId('delivery-log');
    await log.getByRole('heading', { name: 'Reply deliveries of Forum' }).waitFor();
    const delivered = log.locator('[data-testid="delivery-row"][data-status="200"]');
    await refreshUntil(
      log.getByTestId('delivery-refresh'),
      async () => (await delivered.count()) > 0,
      'a reply delivery with 200',
    );
    assert.match(await delivered.first().innerText(), /HTTP 200/);
  });

  it('f. fits a phone-width screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const [path, ready] of [
      ['#/account', 'webhook-create'],
      ['#/raw-events', 'raw-event-row'],
    ] as const) {
      await page.goto(`${server.base}/${path}`);
      await page.getByTestId(ready).first().waitFor();
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      assert.ok(overflow <= 1, `${path} overflows by ${overflow}px`);
    }
  });

  it('g. a supervisor sees neither the webhooks section nor the received webhooks', async () => {
    const [context, supervisor] = await signInAs(browser, server.base, SANDER.email, 'en-GB');
    contexts.push(context);
    assert.equal(await supervisor.getByTestId('nav-raw-events').count(), 0);
    await supervisor.goto(`${server.base}/#/account`);
    await supervisor.getByTestId('settings-widgets').waitFor();
    assert.equal(await supervisor.getByTestId('settings-webhooks').count(), 0);
  });
});
