import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServer, type ServerProcess } from './support';

const PASSWORD = 'een heel goed wachtwoord';
const XSS = '<img src=x onerror="window.__pwned=1">';

describe('the agent app in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets up the first account through the first-run page, in Dutch for a Dutch browser', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(server.base);
    await page.getByTestId('setup-account').fill('Webcare Test');
    await page.getByTestId('setup-name').fill('Anna de Vries');
    await page.getByTestId('setup-email').fill('anna@example.nl');
    await page.getByTestId('setup-password').fill(PASSWORD);
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('account-name').getByText('Webcare Test').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await page.getByTestId('nav-activity').innerText(), 'Activiteit');
    await context.close();
  });

  it('signs in through the login page and shows a realtime event as it happens, as text', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.base);
    await page.getByTestId('login-email').fill('anna@example.nl');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('nav-activity').click();

    // Another agent's change, made outside this browser through the API.
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@example.nl', password: PASSWORD }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await fetch(`${server.base}/api/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: `Sanne ${XSS}`, email: 'sanne@example.nl', role: 'agent', password: PASSWORD }),
    });
    assert.equal(res.status, 201);

    const event = page.locator('[data-testid="event"][data-type="member.added"]');
    await event.waitFor({ timeout: 15_000 });
    assert.match(await event.innerText(), /Sanne <img src=x onerror="window\.__pwned=1">/);
    assert.equal(
      await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned),
      undefined,
      'message text never runs as HTML',
    );
    assert.equal(await page.locator('[data-testid="event"] img').count(), 0);
    await context.close();
  });
});
