import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DomainEvent } from '@balie/contracts';
import { openTestStorage, seedAccount, type TestStorage } from '../testing';
import { emitEvent } from './emit-event';
import { EventStream } from './event-stream';
import { lastEventSeq } from './list-events';

async function emit(t: TestStorage, accountId: string, name: string) {
  return t.database.db.transaction((tx) =>
    emitEvent({ tx, accountId, type: 'account.updated', payload: { name, defaultLanguage: 'nl' } }),
  );
}

function collector() {
  const got: DomainEvent[] = [];
  let wake: (() => void) | undefined;
  return {
    got,
    deliver: (e: DomainEvent) => {
      got.push(e);
      wake?.();
    },
    async until(n: number, ms = 5000) {
      const deadline = Date.now() + ms;
      while (got.length < n && Date.now() < deadline) await new Promise<void>((r) => ((wake = r), setTimeout(r, 50)));
      return got;
    },
  };
}

describe('emitEvent', () => {
  let t: TestStorage;
  before(async () => (t = await openTestStorage()));
  after(() => t.close());

  it('numbers events per account without gaps, also when written concurrently', async () => {
    const a = await seedAccount(t.database, 'A');
    const b = await seedAccount(t.database, 'B');
    const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => emit(t, i % 2 ? a.accountId : b.accountId, `n${i}`)));
    const aSeqs = seqs.filter((_, i) => i % 2).sort((x, y) => x - y);
    assert.deepEqual(
      aSeqs,
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    assert.equal(await lastEventSeq({ db: t.database.db, accountId: b.accountId }), 10);
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const a = await seedAccount(t.database, 'C');
    await assert.rejects(
      t.database.db.transaction(async (tx) => {
        await emitEvent({ tx, accountId: a.accountId, type: 'account.updated', payload: { name: 'x', defaultLanguage: 'nl' } });
        throw new Error('change failed');
      }),
    );
    assert.equal(await lastEventSeq({ db: t.database.db, accountId: a.accountId }), 0);
  });
});

describe('EventStream', () => {
  let t: TestStorage;
  let stream: EventStream;
  before(async () => {
    t = await openTestStorage();
    stream = new EventStream(t.database);
    await stream.start();
  });
  after(async () => {
    await stream.stop();
    await t.close();
  });

  it('delivers new events live, in order, to every subscriber of the account only', async () => {
    const a = await seedAccount(t.database, 'A');
    const b = await seedAccount(t.database, 'B');
    const one = collector();
    const two = collector();
    const other = collector();
    stream.subscribe(a.accountId, 0, one.deliver);
    stream.subscribe(a.accountId, 0, two.deliver);
    stream.subscribe(b.accountId, 0, other.deliver);
    for (let i = 0; i < 5; i++) await emit(t, a.accountId, `e${i}`);
    assert.deepEqual(
      (await one.until(5)).map((e) => e.seq),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      (await two.until(5)).map((e) => e.seq),
      [1, 2, 3, 4, 5],
    );
    assert.equal(other.got.length, 0);
  });

  describe('when a subscriber comes back after missing events', () => {
    it('catches up from the last number it saw: all missed events, in order, none twice', async () => {
      const a = await seedAccount(t.database, 'Reconnect');
      const first = collector();
      const sub = stream.subscribe(a.accountId, 0, first.deliver);
      await emit(t, a.accountId, 'before');
      await first.until(1);
      sub.close();
      for (let i = 0; i < 50; i++) await emit(t, a.accountId, `missed ${i}`);
      const again = collector();
      stream.subscribe(a.accountId, sub.lastSeq, again.deliver);
      await emit(t, a.accountId, 'live after reconnect');
      const seqs = (await again.until(51)).map((e) => e.seq);
      assert.deepEqual(
        seqs,
        Array.from({ length: 51 }, (_, i) => i + 2),
      );
    });
  });
});
