import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type AppError, QueueQuery } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Actor } from '../context';
import { openTestStorage, seedTenant, type TestStorage } from '../testing';
import { recordInbound } from '../inbox/record-inbound';
import { listQueue } from '../inbox/list-queue';
import { setUrgency } from '../inbox/work-conversation';
import { correctAnalysis } from './correct-analysis';
import { loadAnalysisSetup } from './setup';
import { updateAnalysisProfile } from './profile';
import { latestReanalysis, runReanalysisBatch, startReanalysis } from './reanalyze';

interface Tenant {
  actor: Actor;
  connectionId: string;
}

describe('text analysis in the inbox', () => {
  let t: TestStorage;
  let a: Tenant;
  let b: Tenant;
  let n = 0;

  const tenant = (name: string): Promise<Tenant> => seedTenant(t.database, name, 'x');

  /** A customer message in a new thread (or the given one); returns its ids. */
  function receive(who: Tenant, body: string, threadKey = `thread-${++n}`) {
    return recordInbound({
      db: t.database.db,
      accountId: who.actor.accountId,
      input: {
        connectionId: who.connectionId,
        externalId: `m-${++n}`,
        threadKey,
        visibility: 'private',
        body,
        sender: { externalId: `klant-${threadKey}` },
      },
    });
  }

  const conversation = async (id: string) =>
    (await t.database.db.execute(sql`select * from conversations where id = ${id}`)).rows[0]!;
  const messageAnalysis = async (id: string) =>
    (await t.database.db.execute(sql`select analysis, language from messages where id = ${id}`)).rows[0]!;

  before(async () => {
    t = await openTestStorage();
    a = await tenant('Polderlink');
    b = await tenant('Ander');
    await updateAnalysisProfile({
      db: t.database.db,
      actor: a.actor,
      profile: {
        brandNames: ['Polderlink'],
        handles: ['@polderlink'],
        products: [],
        competitors: ['KPN'],
        intents: null,
        piiPatterns: [],
      },
    });
  });
  after(() => t.close());

  it('analyses a customer message as it is stored and rolls it up on the conversation', async () => {
    const r = await receive(
      a,
      'Polderlink is echt bagger, alweer geen internet. Mijn IBAN is NL91ABNA0417164300, wanneer is het opgelost?',
    );
    const m = await messageAnalysis(r.messageId);
    const analysis = m.analysis as { sentiment: { brand: { label: string } }; pii: Array<{ type: string }> };
    assert.equal(m.language, 'nl');
    assert.equal(analysis.sentiment.brand.label, 'negative');
    assert.deepEqual(
      analysis.pii.map((p) => p.type),
      ['iban'],
    );
    const c = await conversation(r.conversationId);
    assert.equal(c.language, 'nl');
    assert.equal(c.sentiment, 'negative');
    assert.equal(c.needs_reply, true);
    assert.ok(['outage', 'complaint'].includes(c.intent as string), String(c.intent));
  });

  it('stores English messages with the english search configuration', async () => {
    const r = await receive(a, 'My parcel still has not arrived, can you please check the delivery status?');
    assert.equal((await messageAnalysis(r.messageId)).language, 'en');
    assert.equal((await conversation(r.conversationId)).intent, 'delivery');
  });

  it('filters the queue on language, sentiment, intent and needs-reply', async () => {
    const happy = await receive(a, 'Super geholpen door jullie, top service!');
    const query = (q: Record<string, string>) =>
      listQueue({ db: t.database.db, actor: a.actor, query: QueueQuery.parse({ tab: 'open', ...q }) });
    const ids = async (q: Record<string, string>) => (await query(q)).items.map((i) => i.id);
    assert.ok((await ids({ sentiment: 'positive' })).includes(happy.conversationId));
    assert.ok(!(await ids({ sentiment: 'negative' })).includes(happy.conversationId));
    assert.ok((await ids({ intent: 'praise' })).includes(happy.conversationId));
    assert.ok((await ids({ needsReply: 'false' })).includes(happy.conversationId));
    assert.ok((await ids({ language: 'en' })).every((id) => id !== happy.conversationId));
    const item = (await query({ intent: 'praise' })).items.find((i) => i.id === happy.conversationId);
    assert.equal(item?.insight?.sentiment, 'positive');
  });

  it('raises urgency from the analysis until an agent sets it by hand', async () => {
    const r = await receive(
      a,
      'Opa van 84 zit al 3 dagen zonder alarmknop en telefoon door jullie storing. Doe er NU wat aan!!',
      'opa',
    );
    const c = await conversation(r.conversationId);
    assert.ok(['high', 'urgent'].includes(c.urgency as string), String(c.urgency));
    await setUrgency({ db: t.database.db, actor: a.actor, conversationId: r.conversationId, urgency: 'low' });
    await receive(
      a,
      'hallo?? nog steeds niks',
      `thread-${n - 1}`.replace(/\d+$/, (d) => String(Number(d) - 0)),
    );
    assert.equal((await conversation(r.conversationId)).urgency, 'low');
  });

  it('learns from agents’ intent corrections in that account only', async () => {
    const probe = 'kan ik de afstandsbediening van mijn decoder omruilen voor de nieuwe versie?';
    const before = await receive(a, probe);
    const predicted = ((await messageAnalysis(before.messageId)).analysis as { intent: { label: string } }).intent.label;
    assert.notEqual(predicted, 'sales_lead', 'the rules alone do not call this a sales lead');
    for (const text of [
      'afstandsbediening decoder omruilen voor nieuwe versie, kan dat?',
      'ik wil mijn decoder omruilen voor de nieuwe versie',
      'nieuwe versie van de afstandsbediening, kan ik omruilen?',
      'decoder omruilen nieuwe versie graag',
      'mag ik de afstandsbediening omruilen voor de nieuwe?',
      'omruilen van mijn decoder naar de nieuwe versie',
    ]) {
      const r = await receive(a, text);
      await correctAnalysis({
        db: t.database.db,
        actor: a.actor,
        messageId: r.messageId,
        correction: { field: 'intent', value: 'sales_lead' },
      });
    }
    const later = await receive(a, probe);
    const learnt = ((await messageAnalysis(later.messageId)).analysis as { intent: { label: string } }).intent.label;
    assert.equal(learnt, 'sales_lead');
    const elsewhere = await receive(b, probe);
    const other = ((await messageAnalysis(elsewhere.messageId)).analysis as { intent: { label: string } }).intent.label;
    assert.equal(other, predicted, 'another account’s model is untouched');
  });

  it('reuses an account’s parsed setup until its profile or model changes', async () => {
    const c = await tenant('Hergebruik');
    const db = t.database.db;
    const first = await loadAnalysisSetup(db, c.actor.accountId);
    assert.equal(await loadAnalysisSetup(db, c.actor.accountId), first, 'nothing changed: the same setup');
    const r = await receive(c, 'kan ik mijn abonnement uitbreiden met tv?');
    await correctAnalysis({ db, actor: c.actor, messageId: r.messageId, correction: { field: 'intent', value: 'sales_lead' } });
    const taught = await loadAnalysisSetup(db, c.actor.accountId);
    assert.notEqual(taught.model, null, 'the taught model is read');
    assert.equal(await loadAnalysisSetup(db, c.actor.accountId), taught);
    await correctAnalysis({ db, actor: c.actor, messageId: r.messageId, correction: { field: 'intent', value: 'question' } });
    const retaught = await loadAnalysisSetup(db, c.actor.accountId);
    assert.notEqual(retaught.model, taught.model, 'a second teaching is read too');
    assert.equal(Object.keys(retaught.model!.labels).length, 2);
    await updateAnalysisProfile({
      db,
      actor: c.actor,
      profile: {
        brandNames: ['Hergebruik'],
        handles: [],
        products: ['Alles-in-1'],
        competitors: [],
        intents: null,
        piiPatterns: [],
      },
    });
    assert.deepEqual((await loadAnalysisSetup(db, c.actor.accountId)).brand.products, ['Alles-in-1']);
  });

  it('keeps every teaching when agents correct intents at the same moment', async () => {
    const c = await tenant('Tegelijk');
    const db = t.database.db;
    const received = await Promise.all(
      ['wat kost een extra decoder?', 'ik wil graag glasvezel', 'hoe zet ik wifi aan?'].map((text) => receive(c, text)),
    );
    await Promise.all(
      received.map((r, i) =>
        correctAnalysis({
          db,
          actor: c.actor,
          messageId: r.messageId,
          correction: { field: 'intent', value: i < 2 ? 'sales_lead' : 'question' },
        }),
      ),
    );
    const { model } = await loadAnalysisSetup(db, c.actor.accountId);
    assert.equal(model!.labels.sales_lead?.docs, 2);
    assert.equal(model!.labels.question?.docs, 1);
  });

  it('labels intents from the account’s own taxonomy', async () => {
    const c = await tenant('Eigen');
    await updateAnalysisProfile({
      db: t.database.db,
      actor: c.actor,
      profile: {
        brandNames: [],
        handles: [],
        products: [],
        competitors: [],
        intents: ['complaint', 'question'],
        piiPatterns: [],
      },
    });
    const r = await receive(c, 'Mijn pakket is nog steeds niet bezorgd, waar blijft het?');
    const label = ((await messageAnalysis(r.messageId)).analysis as { intent: { label: string } }).intent.label;
    assert.ok(['complaint', 'question'].includes(label), label);
  });

  it('keeps a sentiment correction and shows it on the conversation', async () => {
    const r = await receive(a, 'nou lekker dan');
    await correctAnalysis({
      db: t.database.db,
      actor: a.actor,
      messageId: r.messageId,
      correction: { field: 'sentiment', value: 'negative' },
    });
    assert.equal((await conversation(r.conversationId)).sentiment, 'negative');
    const stored = await t.database.db.execute(
      sql`select field, value, previous from analysis_corrections where message_id = ${r.messageId}`,
    );
    assert.equal(stored.rows[0]?.value, 'negative');
  });

  it('refuses to correct another account’s message, an unknown intent or a broken PII pattern', async () => {
    const theirs = await receive(b, 'waardeloos');
    await assert.rejects(
      correctAnalysis({
        db: t.database.db,
        actor: a.actor,
        messageId: theirs.messageId,
        correction: { field: 'intent', value: 'spam' },
      }),
      (err: AppError) => err.code === 'not_found',
    );
    const ours = await receive(a, 'waardeloos');
    await assert.rejects(
      correctAnalysis({
        db: t.database.db,
        actor: a.actor,
        messageId: ours.messageId,
        correction: { field: 'intent', value: 'weer' },
      }),
      (err: AppError) => err.code === 'validation_failed',
    );
    await assert.rejects(
      updateAnalysisProfile({
        db: t.database.db,
        actor: a.actor,
        profile: {
          brandNames: [],
          handles: [],
          products: [],
          competitors: [],
          intents: null,
          piiPatterns: [{ name: 'klant', pattern: '(' }],
        },
      }),
      (err: AppError) => err.code === 'validation_failed',
    );
  });

  it('re-analyses every stored message in batches with progress, keeping corrections', async () => {
    const { db } = t.database;
    const corrected = await receive(a, 'prima');
    await correctAnalysis({
      db,
      actor: a.actor,
      messageId: corrected.messageId,
      correction: { field: 'sentiment', value: 'mixed' },
    });
    await db.execute(
      sql`update messages set analysis = null where account_id = ${a.actor.accountId} and id <> ${corrected.messageId}`,
    );
    const run = await startReanalysis({ db, actor: a.actor });
    await assert.rejects(startReanalysis({ db, actor: a.actor }), (err: AppError) => err.code === 'analysis_running');
    // Run the job chain as the worker would.
    for (;;) {
      const job = (
        await db.execute(sql`delete from jobs where id = (select id from jobs where queue = 'analysis.rerun' order by id limit 1)
          returning payload, account_id`)
      ).rows[0];
      if (!job) break;
      await runReanalysisBatch(t.database, job.account_id as string, job.payload);
    }
    const { run: finished } = await latestReanalysis({ db, actor: a.actor });
    assert.equal(finished?.id, run.id);
    assert.equal(finished?.status, 'done');
    assert.equal(finished?.done, finished?.total);
    const missing = await db.execute(sql`select count(*)::int as n from messages
      where account_id = ${a.actor.accountId} and direction = 'inbound' and analysis is null`);
    assert.equal(missing.rows[0]!.n, 0);
    const kept = (await messageAnalysis(corrected.messageId)).analysis as { corrected?: { sentiment?: string } };
    assert.equal(kept.corrected?.sentiment, 'mixed');
  });
});
