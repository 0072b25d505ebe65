/**
 * The website chat settings in Chromium: an admin creates a widget and sees its identity secret
 * once, sets a greeting, an allowed origin and a proactive delay, saves, reloads and finds them
 * kept (on the server too), copies the embed snippet with the widget's token and replaces the
 * secret. A supervisor may look but not change; an agent does not see the section at all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PASSWORD, setUpAccount, signInAs, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const ANNA = { name: 'Anna Admin', email: 'anna@example.nl' };
const SANDER = { name: 'Sander Supervisor', email: 'sander@example.nl' };
const AGNES = { name: 'Agnes Agent', email: 'agnes@example.nl' };

interface Widget {
  connectionId: string;
  name: string;
  widgetToken: string;
  settings: {
    texts: { nl: { greeting: string }; en: { greeting: string } };
    allowedOrigins: string[];
    proactiveDelaySeconds: number | null;
    businessHours: { enabled: boolean; days: { day: number; open: string; close: string }[] };
  };
}

/** The API as the signed-in browser user (session cookie + CSRF token). */
async function asUser(page: Page, method: 'GET' | 'PUT', path: string, body?: unknown) {
  const url = (p: string) => new URL(p, page.url()).href;
  const session = (await (await page.request.get(url('/api/session'))).json()) as { csrfToken: string };
  const res = await page.request.fetch(url(path), {
    method,
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  return { status: res.status(), body: (await res.json()) as { items?: Widget[]; error?: { code: string } } };
}

describe('the website chat settings, in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;
  let admin: ApiClient;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let section: Locator;
  let firstSecret: string;

  before(async () => {
    server = await startInProcessServer();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, ANNA);
    await admin.post('/api/members', { ...SANDER, role: 'supervisor', password: PASSWORD });
    await admin.post('/api/members', { ...AGNES, role: 'agent', password: PASSWORD });
    const [context, adminPage] = await signInAs(browser, server.base, ANNA.email, 'nl-NL');
    contexts.push(context);
    page = adminPage;
    await page.goto(`${server.base}/#/account`);
    section = page.getByTestId('settings-widgets');
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('a. an admin creates a widget and sees the identity secret once, with a warning', async () => {
    await section.getByText('Nog geen widget.').waitFor();
    await section.getByLabel('Naam van een nieuwe widget').fill('Webshop');
    await section.getByRole('button', { name: 'Widget aanmaken' }).click();
    const notice = section.getByTestId('widget-secret');
    await notice.getByRole('heading', { name: 'Identiteitsgeheim van Webshop' }).waitFor();
    await notice.getByText('Het wordt niet nog eens getoond.', { exact: false }).waitFor();
    firstSecret = await notice.getByLabel('Identiteitsgeheim').inputValue();
    assert.match(firstSecret, /^bwid_.{20,}$/);
    // Focus moved to the notice, so a keyboard or screen-reader user lands on it.
    const heading = notice.getByRole('heading', { name: 'Identiteitsgeheim van Webshop' });
    assert.equal(await heading.evaluate((el) => el === el.ownerDocument.activeElement), true);
    await notice.getByRole('button', { name: 'Ik heb het gekopieerd' }).click();
    await notice.waitFor({ state: 'detached' });
    await section.getByRole('heading', { name: 'Webshop', level: 3 }).waitFor();
  });

  it('b. an origin with a path is refused in the form and nothing is saved', async () => {
    const form = section.getByTestId('widget-form');
    await form.getByLabel('Toegestane origins, één per regel').fill('https://www.example.nl/winkel');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Geen origin: https://www.example.nl/winkel.', { exact: false }).waitFor();
    await section.getByText('Controleer de gemarkeerde velden').waitFor();
    assert.equal(await form.getByLabel('Toegestane origins, één per regel').getAttribute('aria-invalid'), 'true');
    const stored = await asUser(page, 'GET', '/api/widgets');
    assert.deepEqual(stored.body.items?.[0]?.settings.allowedOrigins, []);
  });

  it('c. sets greeting, allowed origin, proactive delay and Monday hours; saves; after a reload all are kept', async () => {
    const form = section.getByTestId('widget-form');
    await form.getByTestId('widget-greeting-nl').fill('Welkom bij de Webshop! Waarmee kunnen we helpen?');
    await form.getByTestId('widget-greeting-en').fill('Welcome to the Webshop!');
    await form.getByLabel('Toegestane origins, één per regel').fill('HTTPS://www.Example.nl/\n\nhttp://localhost:8080');
    await form.getByLabel('Tonen na (seconden)').fill('15');
    await form.getByLabel('Alleen open tijdens openingstijden').check();
    await form.getByTestId('widget-day-1').getByLabel('Maandag', { exact: true }).check();
    await form.getByLabel('Maandag: open tot').fill('18:30');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.getByTestId('widget-saved').getByText('Opgeslagen.').waitFor();

    const stored = (await asUser(page, 'GET', '/api/widgets')).body.items?.[0];
    assert.ok(stored);
    assert.equal(stored.settings.texts.nl.greeting, 'Welkom bij de Webshop! Waarmee kunnen we helpen?');
    assert.deepEqual(stored.settings.allowedOrigins, ['https://www.example.nl', 'http://localhost:8080']);
    assert.equal(stored.settings.proactiveDelaySeconds, 15);
    assert.deepEqual(stored.settings.businessHours, {
      ...stored.settings.businessHours,
      enabled: true,
      days: [{ day: 1, open: '09:00', close: '18:30' }],
    });

    await page.reload();
    const reloaded = page.getByTestId('settings-widgets').getByTestId('widget-form');
    assert.equal(
      await reloaded.getByTestId('widget-greeting-nl').inputValue(),
      'Welkom bij de Webshop! Waarmee kunnen we helpen?',
    );
    assert.equal(
      await reloaded.getByLabel('Toegestane origins, één per regel').inputValue(),
      'https://www.example.nl\nhttp://localhost:8080',
    );
    assert.equal(await reloaded.getByLabel('Tonen na (seconden)').inputValue(), '15');
    assert.equal(await reloaded.getByLabel('Maandag: open tot').inputValue(), '18:30');
    assert.equal(await reloaded.getByLabel('Dinsdag: open tot').isDisabled(), true);
    // Shown once: not after a reload.
    assert.equal(await page.getByTestId('widget-secret').count(), 0);
    section = page.getByTestId('settings-widgets');
  });

  it('d. the embed snippet loads widget.js from Balie with the widget token; identify is explained', async () => {
    const stored = (await asUser(page, 'GET', '/api/widgets')).body.items?.[0];
    assert.ok(stored?.widgetToken);
    const snippet = await section.getByTestId('widget-embed-snippet').innerText();
    assert.equal(snippet, `<script src="${server.base}/widget.js" data-balie="${stored.widgetToken}" async></script>`);
    assert.match(await section.getByTestId('widget-identify-example').innerText(), /Balie\.identify\(\{ userId: /);
    // The loader the snippet names is really there.
    assert.equal((await page.request.get(`${server.base}/widget.js`)).status(), 200);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
    await section.getByRole('button', { name: 'Code kopiëren' }).click();
    await section.getByText('Gekopieerd.').waitFor();
    type WithClipboard = { navigator: { clipboard: { readText(): Promise<string> } } };
    assert.equal(await page.evaluate(() => (globalThis as unknown as WithClipboard).navigator.clipboard.readText()), snippet);
  });

  it('e. replacing the identity secret asks first, then shows the new secret once', async () => {
    page.once('dialog', (d) => void d.dismiss());
    await section.getByRole('button', { name: 'Identiteitsgeheim vervangen' }).click();
    assert.equal(await section.getByTestId('widget-secret').count(), 0);

    page.once('dialog', (d) => {
      assert.match(d.message(), /Webshop/);
      void d.accept();
    });
    await section.getByRole('button', { name: 'Identiteitsgeheim vervangen' }).click();
    const notice = section.getByTestId('widget-secret');
    await notice.getByRole('heading', { name: 'Nieuw identiteitsgeheim van Webshop' }).waitFor();
    const second = await notice.getByLabel('Identiteitsgeheim').inputValue();
    assert.match(second, /^bwid_/);
    assert.notEqual(second, firstSecret);
  });

  it('f. fits a phone-sized screen: nothing in the section sticks out sideways', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await section.getByTestId('widget-form').waitFor();
    // Code blocks scroll on their own (by keyboard too); everything else must fit.
    const sticking = await section.evaluate((root) => {
      const edge = root.getBoundingClientRect().right;
      return [...root.querySelectorAll('*')]
        .filter((el) => !el.closest('pre') && el.getBoundingClientRect().right > edge + 0.5)
        .map((el) => `${el.tagName}.${el.className}`);
    });
    assert.deepEqual(sticking, []);
    const box = await section.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
    await section.getByTestId('widget-day-1').getByLabel('Maandag: open tot').waitFor();
  });

  it('g. a supervisor sees the widget read-only and the server refuses their save', async () => {
    const [context, sup] = await signInAs(browser, server.base, SANDER.email, 'nl-NL');
    contexts.push(context);
    await sup.goto(`${server.base}/#/account`);
    const s = sup.getByTestId('settings-widgets');
    await s.getByText('Alleen beheerders kunnen de widgetinstellingen wijzigen.').waitFor();
    assert.equal(await s.getByTestId('widget-greeting-nl').inputValue(), 'Welkom bij de Webshop! Waarmee kunnen we helpen?');
    assert.equal(await s.getByTestId('widget-greeting-nl').isDisabled(), true);
    assert.equal(await s.getByRole('button', { name: 'Opslaan' }).count(), 0);
    assert.equal(await s.getByRole('button', { name: 'Widget aanmaken' }).count(), 0);
    assert.equal(await s.getByRole('button', { name: 'Identiteitsgeheim vervangen' }).count(), 0);
    const widget = (await asUser(sup, 'GET', '/api/widgets')).body.items?.[0];
    assert.ok(widget);
    const put = await asUser(sup, 'PUT', `/api/widgets/${widget.connectionId}/settings`, widget.settings);
    assert.deepEqual([put.status, put.body.error?.code], [403, 'forbidden']);
  });

  it('h. an agent does not see the section; the server does not show them widgets', async () => {
    const [context, agent] = await signInAs(browser, server.base, AGNES.email, 'nl-NL');
    contexts.push(context);
    await agent.goto(`${server.base}/#/account`);
    await agent.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await agent.getByTestId('settings-widgets').count(), 0);
    const list = await asUser(agent, 'GET', '/api/widgets');
    assert.deepEqual([list.status, list.body.error?.code], [403, 'forbidden']);
  });
});
