/**
 * Text analysis in the agent app, in Chromium against the real server: a customer's angry message
 * shows as negative in the queue and the thread, its IBAN is marked as personal data, the agent
 * corrects the intent in one step, a public post shows its reach, the queue filters on sentiment, a viewer cannot correct, the
 * customer's history shows how earlier conversations went, and an admin edits the brand profile
 * and re-analyses every message with live progress.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { customerWrites, queueRow, setUpAccount, signInAs, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const ANGRY = '@polderlink jullie zijn echt bagger, alweer geen internet!! mijn iban is NL91ABNA0417164300';
const IBAN = 'NL91ABNA0417164300';
const AGENT = { name: 'Sanne de Boer', email: 'sanne@example.nl' };
const VIEWER = { name: 'Vera Kijker', email: 'vera@example.nl' };

describe('text analysis in the agent app, in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;
  let admin: ApiClient;
  let connectionId: string;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let angry: string;
  let happy: string;

  const writes = (opts: Parameters<typeof customerWrites>[3]) => customerWrites(server, admin.accountId, connectionId, opts);

  before(async () => {
    server = await startInProcessServer();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, { name: 'Anna Admin', email: 'anna@example.nl' });
    await admin.post('/api/members', { ...AGENT, role: 'agent', password: 'een heel goed wachtwoord' });
    await admin.post('/api/members', { ...VIEWER, role: 'viewer', password: 'een heel goed wachtwoord' });
    connectionId = (await admin.post<{ id: string }>('/api/connections', { kind: 'x', name: 'X @polderlink' })).id;
    const [context, agentPage] = await signInAs(browser, server.base, AGENT.email, 'nl-NL');
    contexts.push(context);
    page = agentPage;
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('a. shows negative sentiment and the intent in the queue row as the message arrives', async () => {
    await page.getByTestId('queue-empty').waitFor();
    angry = await writes({ customer: { externalId: 'x-201', displayName: 'Boze Bert' }, threadKey: 'dm-bert', body: ANGRY });
    happy = await writes({
      customer: { externalId: 'x-202', displayName: 'Blije Bea' },
      threadKey: 'dm-bea',
      body: 'Top service van jullie, heel erg bedankt voor de snelle hulp!',
    });
    const row = queueRow(page, angry);
    const chip = row.getByTestId('sentiment-chip');
    await chip.waitFor();
    assert.equal(await chip.getAttribute('data-sentiment'), 'negative');
    assert.match(await chip.innerText(), /Negatief/);
    assert.equal(await row.getByTestId('intent-chip').getAttribute('data-intent'), 'outage');
    assert.match(await row.getByTestId('intent-chip').innerText(), /Storing/);
    await queueRow(page, happy).getByTestId('sentiment-chip').waitFor();
    assert.equal(await queueRow(page, happy).getByTestId('sentiment-chip').getAttribute('data-sentiment'), 'positive');
  });

  it('b. shows the analysis under the message: sentiment, deciding phrases, the IBAN marked as personal data', async () => {
    await queueRow(page, angry).click();
    const message = page.locator('[data-testid="message"][data-direction="inbound"]').filter({ hasText: 'bagger' });
    const analysis = message.getByTestId('analysis');
    await analysis.waitFor();
    assert.equal(await analysis.getByTestId('correct-sentiment').inputValue(), 'negative');
    assert.equal(await analysis.getByTestId('analysis-sentiment').getAttribute('data-sentiment'), 'negative');
    assert.match(await analysis.innerText(), /Vraagt om antwoord \(meldt een probleem\)/);
    assert.match(await analysis.innerText(), /Nederlands/);

    const pii = message.locator('.msg-body [data-testid="pii"]');
    assert.equal(await pii.count(), 1);
    assert.equal(await pii.innerText(), IBAN);
    assert.equal(await pii.getAttribute('data-pii-type'), 'iban');
    assert.match((await pii.getAttribute('title')) ?? '', /IBAN/);
    // The text stays the customer's text, exactly.
    assert.equal(await message.locator('.msg-body').innerText(), ANGRY);

    const phrase = message.locator('.msg-body [data-testid="phrase-mark"]').filter({ hasText: 'bagger' });
    assert.equal(await phrase.getAttribute('data-polarity'), 'negative');
    assert.match((await phrase.getAttribute('title')) ?? '', /Gewicht −\d\.\d\d · versterkt/);
    // The reasons are reachable from the keyboard, behind "Waarom?".
    await analysis.locator('summary').focus();
    await page.keyboard.press('Enter');
    await analysis.getByTestId('analysis-phrases').getByText('bagger').waitFor();
  });

  it('c. corrects the intent in one step; the thread and the queue show the correction', async () => {
    const message = page.locator('[data-testid="message"][data-direction="inbound"]').filter({ hasText: 'bagger' });
    const intent = message.getByTestId('correct-intent');
    assert.equal(await intent.inputValue(), 'outage');
    await intent.selectOption('complaint');
    await message.getByTestId('corrected-intent').waitFor();
    assert.match(await message.getByTestId('corrected-intent').innerText(), /gecorrigeerd door een medewerker/);
    assert.equal(await intent.inputValue(), 'complaint');
    await queueRow(page, angry).locator('[data-testid="intent-chip"][data-intent="complaint"]').waitFor();
    assert.match(await queueRow(page, angry).getByTestId('intent-chip').innerText(), /Klacht/);
  });

  it('d. filters the queue on negative sentiment', async () => {
    await page.getByTestId('filter-sentiment').selectOption('negative');
    await queueRow(page, happy).waitFor({ state: 'detached' });
    await queueRow(page, angry).waitFor();
    await page.getByTestId('filter-sentiment').selectOption('positive');
    await queueRow(page, angry).waitFor({ state: 'detached' });
    await queueRow(page, happy).waitFor();
    await page.getByTestId('filter-clear').click();
    await queueRow(page, angry).waitFor();
  });

  it('e. shows a viewer the analysis without the correction menus', async () => {
    const [context, viewer] = await signInAs(browser, server.base, VIEWER.email, 'en-GB');
    contexts.push(context);
    await queueRow(viewer, angry).click();
    const message = viewer.locator('[data-testid="message"][data-direction="inbound"]').filter({ hasText: 'bagger' });
    const analysis = message.getByTestId('analysis');
    await analysis.waitFor();
    assert.match(await analysis.getByTestId('analysis-sentiment').innerText(), /Negative/);
    assert.match(await analysis.getByTestId('analysis-intent').innerText(), /Complaint[\s\S]*corrected by an agent/);
    assert.equal(await analysis.getByTestId('correct-intent').count(), 0);
    assert.equal(await analysis.getByTestId('correct-sentiment').count(), 0);
    assert.equal(await message.locator('[data-testid="pii"][data-pii-type="iban"]').innerText(), IBAN);
  });

  it('f. shows sentiment and intent of the customer’s earlier conversation in the side panel', async () => {
    const again = await writes({
      customer: { externalId: 'x-201', displayName: 'Boze Bert' },
      threadKey: 'dm-bert-2',
      body: 'Nog steeds geen internet.',
    });
    await queueRow(page, again).click();
    const earlier = page.locator(`[data-testid="history-item"][data-conversation-id="${angry}"]`);
    await earlier.waitFor();
    assert.equal(await earlier.getByTestId('sentiment-chip').getAttribute('data-sentiment'), 'negative');
    assert.equal(await earlier.getByTestId('intent-chip').getAttribute('data-intent'), 'complaint');
    assert.match(await earlier.innerText(), /Negatief[\s\S]*Klacht/);
  });

  it('g. shows a public post’s reach figures beside the urgency they raise', async () => {
    const loud = await writes({
      customer: { externalId: 'x-204', displayName: 'Luide Lies' },
      threadKey: 'post-lies',
      body: '@polderlink al twee dagen geen internet, echt waardeloos',
      reach: { followers: 12_400, likes: 230, replies: 1 },
    });
    await queueRow(page, loud).click();
    const message = page.locator('[data-testid="message"][data-direction="inbound"]').filter({ hasText: 'waardeloos' });
    const reach = message.getByTestId('analysis-reach');
    await reach.waitFor();
    assert.equal(await reach.innerText(), 'Bereik: 12.400 volgers · 230 likes · 1 reactie');
    assert.match(await message.getByTestId('analysis-urgency').innerText(), /groot bereik/);
    const quiet = page.locator('[data-testid="message"][data-direction="inbound"]');
    await queueRow(page, angry).click();
    await quiet.filter({ hasText: 'bagger' }).getByTestId('analysis').waitFor();
    assert.equal(await quiet.filter({ hasText: 'bagger' }).getByTestId('analysis-reach').count(), 0, 'a DM has no reach line');
  });

  it('h. an admin edits the brand profile and re-analyses every message with live progress', async () => {
    const [context, adminPage] = await signInAs(browser, server.base, 'anna@example.nl', 'nl-NL');
    contexts.push(context);
    // A message from before the pattern existed: only a re-analysis marks its customer number.
    const old = await writes({
      customer: { externalId: 'x-203', displayName: 'Klaas Klantnummer' },
      threadKey: 'dm-klaas',
      body: 'Mijn klantnummer is KL-123456, waar blijft mijn factuur?',
    });
    await adminPage.getByTestId('nav-account').click();
    const section = adminPage.getByTestId('settings-analysis');
    await section.getByTestId('analysis-handles').fill('@polderlink');
    await section.getByTestId('analysis-competitors').fill('KPN, Ziggo\nKPN');
    await section.getByTestId('pii-add').click();
    await section.getByTestId('pii-name-0').fill('klantnummer');
    // A pattern that can backtrack catastrophically is refused with the reason, not saved.
    await section.getByTestId('pii-pattern-0').fill('(a+)+$');
    await section.getByTestId('analysis-save').click();
    await adminPage
      .getByRole('alert')
      .getByText(/repetition inside a repetition|herhaling binnen een herhaling/)
      .waitFor();
    await section.getByTestId('pii-pattern-0').fill('KL-\\d{6}');
    await section.getByTestId('analysis-save').click();
    await section.getByTestId('analysis-saved').waitFor();
    assert.equal(await section.getByTestId('analysis-competitors').inputValue(), 'KPN\nZiggo', 'stored as a list, once each');

    await section.getByTestId('reanalyse').click();
    const run = section.locator('[data-testid="analysis-run"][data-status="done"]');
    await run.waitFor();
    const bar = run.getByRole('progressbar');
    const total = Number(await bar.getAttribute('aria-valuemax'));
    assert.ok(total >= 4, `all inbound messages re-analysed, got ${total}`);
    assert.equal(await bar.getAttribute('aria-valuenow'), String(total));
    assert.match(await run.innerText(), new RegExp(`${total} berichten`));

    await adminPage.goto(`${server.base}/#/inbox/${old}`);
    const pii = adminPage.locator('[data-testid="message"] .msg-body [data-testid="pii"][data-pii-type="custom"]');
    await pii.waitFor();
    assert.equal(await pii.innerText(), 'KL-123456');
    assert.match((await pii.getAttribute('title')) ?? '', /klantnummer/);
  });
});
