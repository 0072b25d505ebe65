/**
 * Two agents in two browsers working the same inbox: live queue, presence, the reply collision
 * warning, resolving and reopening, search, and customer text that must stay text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { customerWrites, eventually, queueOrder, queueRow, setUpAccount, signInAs, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const XSS = '<img src=x onerror="window.__pwned=1">';
const SANNE = { name: 'Sanne de Boer', email: 'sanne@example.nl' };
const BRAM = { name: 'Bram Visser', email: 'bram@example.nl' };

describe('two agents in the inbox, in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;
  let admin: ApiClient;
  let connectionId: string;
  let contexts: BrowserContext[] = [];
  /** Agent A (Dutch) and agent B (English). */
  let a: Page;
  let b: Page;
  /** The conversation the first tests work on. */
  let first: string;

  const writes = (opts: Parameters<typeof customerWrites>[3]) => customerWrites(server, admin.accountId, connectionId, opts);

  before(async () => {
    server = await startInProcessServer();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, { name: 'Anna Admin', email: 'anna@example.nl' });
    for (const agent of [SANNE, BRAM]) {
      await admin.post('/api/members', { ...agent, role: 'agent', password: 'een heel goed wachtwoord' });
    }
    connectionId = (await admin.post<{ id: string }>('/api/connections', { kind: 'x', name: 'X @webcare' })).id;
    await admin.post('/api/categories', { name: 'Vraag beantwoord' });
    const [contextA, pageA] = await signInAs(browser, server.base, SANNE.email, 'nl-NL');
    const [contextB, pageB] = await signInAs(browser, server.base, BRAM.email, 'en-GB');
    contexts = [contextA, contextB];
    a = pageA;
    b = pageB;
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('a. shows a customer message in both queues as it arrives, without a reload', async () => {
    await a.getByTestId('queue-empty').waitFor();
    await b.getByTestId('queue-empty').waitFor();
    first = await writes({
      customer: { externalId: 'x-101', displayName: 'Kees Klant', handle: '@keesklant' },
      threadKey: 'dm-kees',
      body: 'Mijn bestelling is nog niet binnen, kunnen jullie kijken?',
    });
    for (const page of [a, b]) {
      const row = queueRow(page, first);
      await row.waitFor();
      assert.match(await row.innerText(), /Kees Klant/);
    }
  });

  it('b. tells B that A is viewing the conversation', async () => {
    await queueRow(a, first).click();
    await a.getByTestId('conversation').waitFor();
    await queueRow(b, first).click();
    await b.getByTestId('conversation').waitFor();
    const seenByB = b.getByTestId('presence');
    await seenByB.getByText(`${SANNE.name} is viewing this conversation`).waitFor();
    await a.getByTestId('presence').getByText(`${BRAM.name} bekijkt dit gesprek`).waitFor();
  });

  it('c. warns B that A replied while B was writing, before B’s reply goes out; B sends anyway', async () => {
    await b.getByTestId('reply-box').fill('We zoeken het voor je uit.');
    await a.getByTestId('presence').getByText(`${BRAM.name} is aan het typen…`).waitFor();

    await a.getByTestId('reply-box').fill('Hoi Kees, je pakket komt morgen.');
    await a.getByTestId('reply-send').click();
    await a.locator('[data-testid="message"][data-direction="outbound"]').getByText('je pakket komt morgen').waitFor();
    // B's thread follows live, but B began writing before A's answer.
    await b.locator('[data-testid="message"][data-direction="outbound"]').getByText('je pakket komt morgen').waitFor();

    await b.getByTestId('reply-send').click();
    const conflict = b.getByTestId('reply-conflict');
    await conflict.waitFor();
    assert.match(await conflict.innerText(), /Sanne de Boer[\s\S]*Hoi Kees, je pakket komt morgen\./);
    assert.equal(await b.getByTestId('reply-box').inputValue(), 'We zoeken het voor je uit.', 'the draft stays');
    assert.equal(await b.getByTestId('thread').getByText('We zoeken het voor je uit.').count(), 0, 'nothing was sent');

    await b.getByTestId('reply-send-anyway').click();
    await b.getByTestId('thread').getByText('We zoeken het voor je uit.').waitFor();
    await conflict.waitFor({ state: 'detached' });
    assert.equal(await b.getByTestId('reply-box').inputValue(), '');
    await a.getByTestId('thread').getByText('We zoeken het voor je uit.').waitFor();
  });

  it('d. resolves with a category: the conversation leaves the open tab and shows under resolved', async () => {
    await a.getByTestId('resolve-category').selectOption({ label: 'Vraag beantwoord' });
    await a.getByTestId('resolve-submit').click();
    await a.locator('[data-testid="status"][data-status="resolved"]').waitFor();
    await queueRow(a, first).waitFor({ state: 'detached' });
    await queueRow(b, first).waitFor({ state: 'detached' });
    await a.getByTestId('tab-resolved').click();
    await queueRow(a, first).waitFor();
  });

  it('e. reopens when the customer writes again, in the open queue by how long each customer waited', async () => {
    await a.getByTestId('tab-open').click();
    const older = await writes({
      customer: { externalId: 'x-102', displayName: 'Oma Olga' },
      threadKey: 'dm-olga',
      body: 'Hallo? Al een half uur geen antwoord.',
      minutesAgo: 30,
    });
    await writes({
      customer: { externalId: 'x-101', displayName: 'Kees Klant', handle: '@keesklant' },
      threadKey: 'dm-kees',
      body: 'Toch nog een vraag over de bezorging.',
      minutesAgo: 10,
    });
    const newer = await writes({
      customer: { externalId: 'x-103', displayName: 'Nina Nieuw' },
      threadKey: 'dm-nina',
      body: 'Net een vraag gesteld.',
      minutesAgo: 2,
    });
    for (const page of [a, b]) {
      const order = await eventually(
        () => queueOrder(page),
        (ids) => [older, first, newer].every((id) => ids.includes(id)),
        'all three conversations in the open queue',
      );
      assert.deepEqual(
        order.filter((id) => [older, first, newer].includes(id)),
        [older, first, newer],
      );
    }
    assert.match(await queueRow(a, first).getByTestId('wait-time').innerText(), /wacht 10 min/);
    assert.match(await queueRow(b, older).getByTestId('wait-time').innerText(), /waiting 30 min/);
    await a.locator('[data-testid="status"][data-status="open"]').waitFor();
  });

  it('f. finds "levering" in "leveringen" and "Levering", and a contact by a misspelt name', async () => {
    const plural = await writes({
      customer: { externalId: 'x-201', displayName: 'Priscilla Jansen', handle: '@priscilla' },
      threadKey: 'dm-priscilla',
      body: 'Wanneer komen de leveringen van deze week?',
    });
    const capital = await writes({
      customer: { externalId: 'x-202', displayName: 'Henk de Vries' },
      threadKey: 'dm-henk',
      body: 'Levering mislukt, pakket kwijt.',
    });
    await a.locator('body').press('/');
    await a.locator('#global-search:focus').waitFor();
    await a.keyboard.type('levering');
    await a.keyboard.press('Enter');
    const results = a.getByTestId('search-results');
    for (const id of [plural, capital])
      await results.locator(`[data-testid="search-message"][data-conversation-id="${id}"]`).waitFor();
    const marks = await results.locator('[data-testid="search-message"] mark').allInnerTexts();
    assert.ok(marks.some((m) => m === 'leveringen') && marks.some((m) => m === 'Levering'), `marked: ${marks.join(', ')}`);

    await a.getByTestId('search-input').fill('Priscila');
    await a.getByTestId('search-input').press('Enter');
    const contact = results.getByTestId('search-contact').filter({ hasText: 'Priscilla Jansen' });
    await contact.click();
    await a.getByTestId('contact-card').getByTestId('contact-name').getByText('Priscilla Jansen').waitFor();

    await a.goBack();
    await a.goBack();
    await results.locator(`[data-testid="search-message"][data-conversation-id="${plural}"]`).click();
    await a.locator(`[data-testid="conversation"][data-conversation-id="${plural}"]`).waitFor();
  });

  it('g. shows a customer’s HTML as text in the queue, the thread and search, and never runs it', async () => {
    const id = await writes({
      customer: { externalId: 'x-666', displayName: 'Mallory' },
      threadKey: 'dm-mallory',
      body: `Kijk eens ${XSS} naar mijn retourzending`,
    });
    for (const page of [a, b]) {
      await page.getByTestId('nav-inbox').click();
      const row = queueRow(page, id);
      await row.waitFor();
      assert.match(await row.innerText(), /<img src=x onerror="window\.__pwned=1">/);
    }
    await queueRow(b, id).click();
    const message = b.locator('[data-testid="message"][data-direction="inbound"]').filter({ hasText: 'retourzending' });
    await message.waitFor();
    assert.match(await message.innerText(), /Kijk eens <img src=x onerror="window\.__pwned=1"> naar mijn retourzending/);

    await b.getByTestId('search-input').fill('retourzending');
    await b.getByTestId('search-input').press('Enter');
    const hit = b.locator(`[data-testid="search-message"][data-conversation-id="${id}"]`);
    await hit.waitFor();
    assert.match(await hit.innerText(), /<img src=x onerror="window\.__pwned=1">/);

    for (const page of [a, b]) {
      assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
      assert.equal(await page.locator('main img').count(), 0);
    }
  });
});
