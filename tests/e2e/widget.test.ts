/**
 * The website chat in Chromium: a customer's page on one port with the widget, the agent app on
 * another. Live messages both ways with the agent's name, typing both ways, a dropped network
 * during which three replies go out (all three arrive, in order, once), and hostile text as text.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { eventually, setUpAccount, signInAs, WAIT_MS, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const ANNA = { name: 'Anna Admin', email: 'anna@example.nl' };
const XSS = '<img src=x onerror="window.__pwned=1">';

describe('the website chat widget, in Chromium', () => {
  let server: InProcessServer;
  let site: Server;
  let siteBase: string;
  let browser: Browser;
  let admin: ApiClient;
  const contexts: BrowserContext[] = [];
  let agent: Page;
  let customer: Page;
  let chat: FrameLocator;
  let chatFrame: Frame;

  before(async () => {
    // The chat app's network switch (`balieNetwork`), for test c; production pages do not have it.
    server = await startInProcessServer({ BALIE_WIDGET_TEST_HOOKS: '1' });
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, ANNA);
    // The customer's website: another port, so another origin.
    let token = '';
    site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="nl"><head><title>Winkel</title></head><body><h1>De Winkel</h1>
        <script src="${server.base}/widget.js" data-balie="${token}" async></script></body></html>`);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteBase = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    token = (
      await admin.post<{ widgetToken: string }>('/api/widgets', { name: 'Website', settings: { allowedOrigins: [siteBase] } })
    ).widgetToken;

    const [agentContext, agentPage] = await signInAs(browser, server.base, ANNA.email, 'nl-NL');
    agent = agentPage;
    const customerContext = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 800 } });
    customerContext.setDefaultTimeout(WAIT_MS);
    contexts.push(agentContext, customerContext);
    customer = await customerContext.newPage();
    if (process.env.DEBUG_WIDGET) {
      customer.on('console', (m) => console.log('console', m.text()));
      customer.on('response', (r) => console.log('resp', r.status(), r.url()));
    }
    await customer.goto(siteBase);
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await new Promise((r) => site?.close(r));
  });

  it('a. opens the chat from an accessible launcher at phone width; the customer writes and the agent sees it live', async () => {
    const launcher = customer.getByRole('button', { name: 'Chat met ons' });
    await launcher.click();
    // The same button now closes the chat, and says so.
    assert.equal(await customer.getByRole('button', { name: 'Chat sluiten' }).getAttribute('aria-expanded'), 'true');
    chat = customer.frameLocator('iframe[title="Chat met ons"]');
    await chat.getByLabel('Typ je bericht').fill('Hoi, waar blijft mijn bestelling 4432190?');
    await chat.getByLabel('Typ je bericht').press('Enter');
    await chat.getByRole('log').getByText('Hoi, waar blijft mijn bestelling 4432190?').waitFor();
    chatFrame = customer.frames().find((f) => f.url().includes('/widget/app'))!;
    assert.ok(chatFrame);
    const row = agent.getByTestId('queue-list').getByTestId('queue-row').filter({ hasText: 'waar blijft mijn bestelling' });
    await row.waitFor();
    await row.click();
    await agent.getByTestId('conversation').waitFor();
  });

  it('b. shows typing both ways, and the reply with the agent’s name', async () => {
    await agent.getByTestId('reply-box').fill('Hoi! Ik zoek het');
    await chat.getByTestId('typing').getByText(`${ANNA.name} is aan het typen…`).waitFor();
    await agent.getByTestId('reply-box').fill('Hoi! Ik zoek het voor je op.');
    await agent.getByTestId('reply-send').click();
    const reply = chat.getByRole('log').locator('li.agent', { hasText: 'Ik zoek het voor je op.' });
    await reply.waitFor();
    assert.equal(await reply.locator('.author').innerText(), ANNA.name);
    assert.equal(await reply.locator('.avatar').innerText(), 'AA');

    await chat.getByLabel('Typ je bericht').pressSequentially('Dank', { delay: 30 });
    await agent
      .getByTestId('presence')
      .getByText(/is aan het typen/)
      .waitFor();
  });

  it('c. loses nothing and repeats nothing when the customer’s network drops while three replies go out', async () => {
    await chatFrame.evaluate(() => (globalThis as unknown as { balieNetwork: { drop(): void } }).balieNetwork.drop());
    for (const body of ['Eerste antwoord', 'Tweede antwoord', 'Derde antwoord']) {
      await agent.getByTestId('reply-box').fill(body);
      await agent.getByTestId('reply-send').click();
      await agent.getByTestId('thread').getByText(body).waitFor();
    }
    assert.equal(await chat.getByRole('log').getByText('Eerste antwoord').count(), 0, 'nothing arrives while offline');
    await chatFrame.evaluate(() => (globalThis as unknown as { balieNetwork: { restore(): void } }).balieNetwork.restore());
    await chat.getByRole('log').getByText('Derde antwoord').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    const bodies = await chat
      .getByRole('log')
      .locator('li.agent .body')
      .evaluateAll((els) => els.map((e) => e.textContent));
    assert.deepEqual(
      bodies.filter((b) => b?.endsWith('antwoord')),
      ['Eerste antwoord', 'Tweede antwoord', 'Derde antwoord'],
    );
  });

  it('d. shows hostile text from the customer as text, in the widget and in the agent app', async () => {
    await chat.getByLabel('Typ je bericht').fill(XSS);
    await chat.getByLabel('Typ je bericht').press('Enter');
    await chat.getByRole('log').getByText(XSS).waitFor();
    await agent.getByTestId('thread').getByText(XSS).waitFor();
    await eventually(
      async () => [
        await customer.evaluate(() => '__pwned' in globalThis),
        await chatFrame.evaluate(() => '__pwned' in globalThis),
      ],
      (v) => v.every((x) => x === false),
      'no script ran',
    );
    assert.equal(await agent.evaluate(() => '__pwned' in globalThis), false);
    assert.equal(await chat.getByRole('log').locator('img').count(), 0);
  });
});
