/**
 * Files on a reply, mentions in internal notes, and merging two conversations of one customer,
 * with two agents in Chromium: the picture shows in the thread, a renamed text file is refused in
 * words, and the colleague mentioned sees it on the bell and gets to the conversation from there.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { customerWrites, eventually, queueRow, setUpAccount, signInAs, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

const SANNE = { name: 'Sanne de Boer', email: 'sanne@example.nl' };
const BRAM = { name: 'Bram Visser', email: 'bram@example.nl' };
/** A valid 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const KEES = { externalId: 'x-301', displayName: 'Kees Klant', handle: '@keesklant' };

describe('attachments, mentions and merging conversations, in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;
  let admin: ApiClient;
  let connectionId: string;
  let contexts: BrowserContext[] = [];
  let files: string;
  /** Agent A (Dutch) and agent B (English). */
  let a: Page;
  let b: Page;
  let conversation: string;

  const writes = (opts: Parameters<typeof customerWrites>[3]) => customerWrites(server, admin.accountId, connectionId, opts);

  before(async () => {
    files = await mkdtemp(join(tmpdir(), 'balie-e2e-'));
    server = await startInProcessServer();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, { name: 'Anna Admin', email: 'anna@example.nl' });
    for (const agent of [SANNE, BRAM]) {
      await admin.post('/api/members', { ...agent, role: 'agent', password: 'een heel goed wachtwoord' });
    }
    connectionId = (await admin.post<{ id: string }>('/api/connections', { kind: 'x', name: 'X @webcare' })).id;
    conversation = await writes({ customer: KEES, threadKey: 'dm-kees', body: 'Hier is mijn vraag over de pakbon.' });
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
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('attaches a PNG to a reply, and the thread shows the image', async () => {
    await queueRow(a, conversation).click();
    await a.getByTestId('conversation').waitFor();
    const png = join(files, 'pakbon.png');
    await writeFile(png, PNG);
    await a.getByTestId('attach-input').setInputFiles(png);
    await a.locator('[data-testid="attachment-pending"][data-state="done"]').getByText('pakbon.png').waitFor();

    await a.getByTestId('reply-box').fill('Hier is de pakbon.');
    await a.getByTestId('reply-send').click();
    const image = a.getByTestId('thread').getByTestId('message-attachment').locator('img[alt="pakbon.png"]');
    await image.waitFor();
    await eventually(
      () => image.evaluate((el) => (el as unknown as { complete: boolean; naturalWidth: number }).naturalWidth),
      (width) => width === 1,
      'the image to load from the server',
    );
    await a.getByTestId('attachment-pending').waitFor({ state: 'detached' });

    // The colleague sees it as well.
    await queueRow(b, conversation).click();
    await b.getByTestId('thread').getByTestId('message-attachment').locator('img[alt="pakbon.png"]').waitFor();
  });

  it('refuses a text file renamed to .png, in words', async () => {
    const fake = join(files, 'nep.png');
    await writeFile(fake, 'Dit is gewoon tekst, geen plaatje.\n');
    await a.getByTestId('attach-input').setInputFiles(fake);
    const refused = a.locator('[data-testid="attachment-pending"][data-state="error"]');
    await refused.getByText('Alleen afbeeldingen (PNG, JPEG, GIF, WebP) en pdf-bestanden kun je meesturen.').waitFor();
    await refused.getByTestId('attachment-remove').click();
    await refused.waitFor({ state: 'detached' });
  });

  it('A mentions B in a note: B’s bell shows 1 and leads to the conversation', async () => {
    // B is elsewhere in the app, not in the conversation.
    await b.getByTestId('nav-activity').click();
    assert.equal(await b.getByTestId('mentions-count').count(), 0);

    await a.getByTestId('note-toggle').click();
    const box = a.getByTestId('reply-box');
    await box.click();
    await box.pressSequentially('Kun jij hiernaar kijken @Br');
    await a.getByTestId('mention-suggestions').getByTestId('mention-option').filter({ hasText: BRAM.name }).waitFor();
    await box.press('Enter');
    assert.equal(await box.inputValue(), 'Kun jij hiernaar kijken @Bram ');
    await box.pressSequentially('als je tijd hebt.');
    await a.getByTestId('reply-send').click();
    await a.locator('[data-testid="message"][data-direction="note"]').getByText('@Bram als je tijd hebt.').waitFor();

    const bell = b.getByTestId('mentions');
    await bell.getByTestId('mentions-count').getByText('1', { exact: true }).waitFor();
    await b.getByTestId('mention-toast').getByText(`${SANNE.name} mentioned you`, { exact: false }).waitFor();
    await bell.click();
    const item = b.getByTestId('mention-item').filter({ hasText: 'Kun jij hiernaar kijken @Bram' });
    assert.match(await item.innerText(), /Sanne de Boer/);
    await item.click();
    await b.locator(`[data-testid="conversation"][data-conversation-id="${conversation}"]`).waitFor();
    await bell.getByTestId('mentions-count').waitFor({ state: 'detached' });
  });

  it('merges another conversation of the same customer into the one that stays', async () => {
    const second = await writes({ customer: KEES, threadKey: 'post-kees', body: 'En nog een vraag in het openbaar.' });
    await queueRow(a, second).click();
    await a.locator(`[data-testid="conversation"][data-conversation-id="${second}"]`).waitFor();
    await a.getByTestId('conversation-merge').click();
    const dialog = a.getByTestId('conversation-merge-dialog');
    await dialog.locator(`[data-testid="merge-target"][data-conversation-id="${conversation}"]`).click();
    await dialog.getByTestId('conversation-merge-confirm').click();

    await a.locator(`[data-testid="conversation"][data-conversation-id="${conversation}"]`).waitFor();
    await a.getByTestId('thread').getByText('En nog een vraag in het openbaar.').waitFor();
    await queueRow(a, second).waitFor({ state: 'detached' });
  });
});
