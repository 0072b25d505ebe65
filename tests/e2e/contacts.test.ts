/**
 * The customer record and the account settings in Chromium: a CRM link built from an attribute
 * defined on the settings page, editing inline, linking an identity, merging and undoing it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { customerWrites, setUpAccount, signInAs, type ApiClient } from './inbox-helpers';
import { launchBrowser, startInProcessServer, type InProcessServer } from './support';

describe('customers and settings, in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;
  let admin: ApiClient;
  let context: BrowserContext;
  let page: Page;
  let priscilla: string;
  let other: string;

  before(async () => {
    server = await startInProcessServer();
    browser = await launchBrowser();
    admin = await setUpAccount(server.base, { name: 'Anna Admin', email: 'anna@example.nl' });
    const connectionId = (await admin.post<{ id: string }>('/api/connections', { kind: 'x', name: 'X @webcare' })).id;
    await admin.post('/api/categories', { name: 'Vraag beantwoord' });
    const writes = (opts: Parameters<typeof customerWrites>[3]) => customerWrites(server, admin.accountId, connectionId, opts);
    priscilla = await writes({
      customer: { externalId: 'x-1', displayName: 'Priscilla Jansen', handle: '@priscilla' },
      threadKey: 'dm-1',
      body: 'Mijn pakket is er nog niet.',
    });
    other = await writes({
      customer: { externalId: 'x-2', displayName: 'P. Jansen', handle: '@pjansen' },
      threadKey: 'dm-2',
      body: 'Ik ben het weer, met mijn andere account.',
    });
    [context, page] = await signInAs(browser, server.base, 'anna@example.nl', 'nl-NL');
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('sets the CRM link template and a customer field on the settings page', async () => {
    await page.getByTestId('nav-account').click();
    await page.getByTestId('account-crm-template').fill('https://crm.example.nl/klant/{customer_number}');
    await page.getByTestId('account-submit').click();
    await page.getByTestId('settings-general').getByText('Opgeslagen.').waitFor();

    await page.getByTestId('attribute-label').fill('Klantnummer');
    await page.getByTestId('attribute-key').fill('customer_number');
    await page.getByTestId('attribute-add').click();
    await page.getByTestId('settings-attributes').getByTestId('settings-item').getByText('Klantnummer').waitFor();

    await page.getByTestId('category-name').fill('Vraag beantwoord');
    await page.getByTestId('category-add').click();
    await page.getByTestId('settings-categories').getByText('Er bestaat al iets met deze naam.').waitFor();
  });

  it('edits the customer inline and shows the CRM link', async () => {
    await page.goto(`${server.base}/#/inbox/${priscilla}`);
    const card = page.getByTestId('contact-card');
    await card.getByTestId('contact-edit').click();
    await card.getByTestId('contact-attribute-input-customer_number').fill('K-1001');
    await card.getByTestId('contact-email-input').fill('priscilla@example.nl');
    await card.getByTestId('contact-save').click();
    await card.locator('[data-testid="contact-attribute"][data-key="customer_number"]').getByText('K-1001').waitFor();
    const crm = card.getByTestId('crm-link');
    await crm.waitFor();
    assert.equal(await crm.getAttribute('href'), 'https://crm.example.nl/klant/K-1001');
    assert.equal(await crm.getAttribute('target'), '_blank');
    assert.equal(await crm.getAttribute('rel'), 'noopener noreferrer');
  });

  it('links an identity by hand, and explains when it belongs to someone else', async () => {
    const card = page.getByTestId('contact-card');
    await card.getByTestId('identity-link-toggle').click();
    await card.getByTestId('identity-channel').selectOption('x');
    await card.getByTestId('identity-external-id').fill('x-2');
    await card.getByTestId('identity-link-submit').click();
    await card.getByText('Dit kanaal hoort al bij een andere klant. Voeg de twee klanten samen.').waitFor();

    await card.getByTestId('identity-channel').selectOption('email');
    await card.getByTestId('identity-external-id').fill('priscilla.jansen@example.nl');
    await card.getByTestId('identity-link-submit').click();
    await card.getByTestId('contact-identity').filter({ hasText: 'priscilla.jansen@example.nl' }).waitFor();
  });

  it('merges the other record into this customer after confirming, and undoes it', async () => {
    const card = page.getByTestId('contact-card');
    await card.getByTestId('contact-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.getByTestId('merge-search').fill('Jansen');
    await dialog.getByTestId('merge-candidate').filter({ hasText: 'P. Jansen' }).click();
    assert.match(await dialog.getByTestId('merge-confirm-text').innerText(), /P\. Jansen samenvoegen met Priscilla Jansen\?/);
    await dialog.getByTestId('merge-confirm').click();
    await card.getByTestId('merge-notice').waitFor();
    await card.getByTestId('contact-identity').filter({ hasText: '@pjansen' }).waitFor();
    await card.locator(`[data-testid="history-item"][data-conversation-id="${other}"]`).waitFor();

    await card.getByTestId('merge-undo').click();
    await card.getByTestId('merge-undone').waitFor();
    await card.getByTestId('contact-identity').filter({ hasText: '@pjansen' }).waitFor({ state: 'detached' });
    await card.locator(`[data-testid="history-item"][data-conversation-id="${other}"]`).waitFor({ state: 'detached' });
  });
});
