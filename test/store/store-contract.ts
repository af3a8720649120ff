import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Config } from '../../src/config/schema.js';
import { openStore, loadEncryptionKey, type OpenStore } from '../../src/store/open-store.js';
import { migrate } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { createCryptoBox } from '../../src/store/crypto-box.js';
import { createVerificationStore } from '../../src/store/verification-store.js';
import { createJobQueue, QUEUE_SCHEMA, type JobContext, type JobQueue } from '../../src/queue/job-queue.js';
import { JobFailure } from '../../src/queue/job-failure.js';
import { bossDbFor } from '../../src/queue/boss-db.js';
import type { NewVerification } from '../../src/store/stores.js';
import type { VerificationOutcome } from '../../src/verification/types.js';

export interface ContractTarget {
  name: string;
  /** A reason to skip the whole suite (e.g. the PostgreSQL server is unreachable), or false. */
  skip: string | false;
  /** A fresh, empty database: its configuration and how to remove it. Called once per file. */
  prepare(): Promise<{ config: Config; cleanup(): Promise<void> }>;
}

// Personal values that must never appear in clear in the database (decisions.md D19).
const NAME = 'ZHANG Wei-Contract';
const ID_NUMBER = 'K7654321(9)';
const PORTRAIT = Buffer.from('portrait-jpeg-bytes-for-contract-test');
const IMAGE_MARK = 'front-image-bytes-MARKER';

function outcome(verdict: VerificationOutcome['verdict']): VerificationOutcome {
  return {
    verdict,
    warnings: verdict === 'warning' ? ['PoorImageQuality'] : [],
    nationality: 'HKG',
    cardType: 'ID_CARD',
    cardSubType: 'HKID_2018',
    structure: 'HKIDCard',
    fields: { Name: NAME, IDNumber: ID_NUMBER },
    portrait: PORTRAIT,
    checks: [],
    timings: [{ stage: 'decode', ms: 3 }],
    policyVersion: 'test-1',
  };
}

function newVerification(app: string, expiresInSeconds = 3600): NewVerification {
  return {
    id: randomUUID(),
    app,
    requestedNationality: 'HKG',
    requestedCardType: 'ID_CARD',
    images: [
      { side: 'front', format: 'jpeg', width: 640, height: 400, bytes: Buffer.from(IMAGE_MARK) },
      { side: 'back', format: 'png', width: 640, height: 400, bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]) },
    ],
    expiresAt: new Date(Date.now() + expiresInSeconds * 1000),
  };
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The storage contract (decisions.md D15–D17, D19, D20), identical for PGlite and PostgreSQL. */
export function storeContract(target: ContractTarget): void {
  describe(`store contract: ${target.name}`, { skip: target.skip }, () => {
    let config: Config;
    let cleanup: () => Promise<void>;
    let store: OpenStore;
    let queue: JobQueue;
    let clockOffsetMs = 0;
    const queueErrors: unknown[] = [];
    const jobState = async (id: string) =>
      (await store.db.query<{ state: string; retry_count: number }>(
        `SELECT state, retry_count FROM ${QUEUE_SCHEMA}.job WHERE id = $1`,
        [id],
      )).rows[0] ?? null;

    before(async () => {
      ({ config, cleanup } = await target.prepare());
      store = await openStore(config, { clock: () => new Date(Date.now() + clockOffsetMs) });
      queue = createJobQueue(store.db, config.queue, { onError: (e) => queueErrors.push(e) });
      await queue.start();
    });

    after(async () => {
      await queue?.stop({ graceful: false });
      await store?.close();
      await cleanup?.();
    });

    test('migrations are recorded and idempotent, also when two run at once', async () => {
      assert.deepEqual(await migrate(store.db), []);
      const { rows } = await store.db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      assert.deepEqual(rows.map((r) => r.id), migrations.map((m) => m.id));

      const table = `contract_${randomUUID().replace(/-/g, '')}`;
      // The sleep keeps the first run's transaction open while the second one starts.
      const statements = [`CREATE TABLE ${table} (x int)`, 'SELECT pg_sleep(0.3)'];
      const extra = [...migrations, { id: `999-${table}`, statements }];
      const [a, b] = await Promise.all([migrate(store.db, extra), migrate(store.db, extra)]);
      assert.deepEqual([...a!, ...b!], [`999-${table}`], 'exactly one of two concurrent runs applies it');
      await store.db.exec(`DROP TABLE ${table}; DELETE FROM schema_migrations WHERE id = '999-${table}'`);
    });

    test('keys: create, list without secrets, find, revoke', async () => {
      const created = await store.keys.create('app-keys');
      assert.match(created.secretId, /^AKID[A-Za-z0-9]{32}$/);
      assert.ok(created.secretKey.length >= 32);
      assert.deepEqual(await store.keys.findSecret(created.secretId), { secretKey: created.secretKey, app: 'app-keys' });

      const listed = (await store.keys.list()).find((k) => k.secretId === created.secretId);
      assert.deepEqual(Object.keys(listed!).sort(), ['app', 'createdAt', 'revokedAt', 'secretId']);
      assert.equal(listed!.revokedAt, null);

      assert.equal(await store.keys.revoke(created.secretId), true);
      assert.equal(await store.keys.findSecret(created.secretId), null);
      assert.ok((await store.keys.list()).find((k) => k.secretId === created.secretId)!.revokedAt instanceof Date);
      assert.equal(await store.keys.revoke(`AKID${'x'.repeat(32)}`), false);
      assert.equal(await store.keys.findSecret('not-a-secret-id'), null);
    });

    test('secrets and personal fields are unreadable in the raw table bytes (D19)', async () => {
      const key = await store.keys.create('app-raw');
      const v = newVerification('app-raw');
      await store.db.transaction((tx) => store.verifications.insert(tx, v));
      const token = randomUUID();
      assert.equal(await store.verifications.complete(v.id, outcome('passed'), token), true);

      const raw = [
        ...(await store.db.query<{ t: string; b: Buffer }>(
          'SELECT k::text AS t, secret_enc AS b FROM api_keys k WHERE secret_id = $1',
          [key.secretId],
        )).rows,
        ...(await store.db.query<{ t: string; b: Buffer }>(
          'SELECT v::text AS t, outcome_enc AS b FROM verifications v WHERE id = $1',
          [v.id],
        )).rows,
        ...(await store.db.query<{ t: string; b: Buffer }>(
          'SELECT i::text AS t, bytes_enc AS b FROM verification_images i WHERE verification_id = $1',
          [v.id],
        )).rows,
        ...(await store.db.query<{ t: string; b: Buffer }>(
          'SELECT r::text AS t, record_enc AS b FROM identity_records r WHERE verification_id = $1',
          [v.id],
        )).rows,
      ];
      assert.equal(raw.length, 5);
      for (const { t, b } of raw) {
        assert.ok(Buffer.isBuffer(b), 'bytea comes back as a Buffer');
        for (const secret of [key.secretKey, NAME, ID_NUMBER, IMAGE_MARK]) {
          assert.ok(!b.includes(Buffer.from(secret)), `raw bytes must not hold ${secret}`);
          assert.ok(!t.includes(secret), `row text must not hold ${secret}`);
          assert.ok(!t.includes(Buffer.from(secret).toString('hex')), `row hex must not hold ${secret}`);
        }
        assert.ok(!b.includes(PORTRAIT) && !b.includes(Buffer.from(PORTRAIT.toString('base64'))));
      }
    });

    test('a ciphertext moved to another row does not open', async () => {
      const a = newVerification('app-swap');
      const b = newVerification('app-swap');
      await store.db.transaction(async (tx) => {
        await store.verifications.insert(tx, a);
        await store.verifications.insert(tx, b);
      });
      await store.verifications.complete(a.id, outcome('passed'), null);
      await store.verifications.complete(b.id, outcome('warning'), null);
      await store.db.query(
        'UPDATE verifications SET outcome_enc = (SELECT outcome_enc FROM verifications WHERE id = $1) WHERE id = $2',
        [a.id, b.id],
      );
      await assert.rejects(store.verifications.findForApp(b.id, 'app-swap'), /cannot decrypt/);
    });

    test('the verification row, its images and its job commit together or not at all', async () => {
      const v = newVerification('app-tx');
      const jobId = await store.db.transaction(async (tx) => {
        await store.verifications.insert(tx, v);
        return queue.send(tx, 'verify', { verificationId: v.id });
      });
      assert.equal((await store.verifications.findForApp(v.id, 'app-tx'))?.state, 'processing');
      assert.equal((await store.verifications.images(v.id)).length, 2);
      assert.equal((await jobState(jobId))?.state, 'created');

      const lost = newVerification('app-tx');
      let lostJobId = '';
      await assert.rejects(
        store.db.transaction(async (tx) => {
          await store.verifications.insert(tx, lost);
          lostJobId = await queue.send(tx, 'verify', { verificationId: lost.id });
          throw new Error('abort after send');
        }),
        /abort after send/,
      );
      assert.match(lostJobId, /^[0-9a-f-]{36}$/);
      assert.equal(await store.verifications.findForApp(lost.id, 'app-tx'), null);
      assert.equal((await store.verifications.images(lost.id)).length, 0);
      assert.equal(await jobState(lostJobId), null);

      await assert.rejects(
        store.db.transaction((tx) => queue.send(tx, 'verify', { verificationId: 'not-a-uuid' })),
        /invalid data for job verify/,
      );
      const stats = await queue.stats();
      assert.ok(stats.queued >= 1 && stats.oldestQueuedAgeSeconds >= 0);
    });

    test('images come back decrypted, front first', async () => {
      const v = newVerification('app-img');
      await store.db.transaction((tx) => store.verifications.insert(tx, v));
      const images = await store.verifications.images(v.id.toUpperCase());
      assert.deepEqual(images, v.images);
    });

    test('complete happens once and issues the identity record (D16)', async () => {
      const v = newVerification('app-done');
      await store.db.transaction((tx) => store.verifications.insert(tx, v));
      const token = randomUUID();
      assert.equal(await store.verifications.complete(v.id, outcome('warning'), token), true);
      assert.equal(await store.verifications.complete(v.id, outcome('passed'), randomUUID()), false);
      assert.equal(await store.verifications.complete(randomUUID(), outcome('passed'), null), false);

      const found = await store.verifications.findForApp(v.id, 'app-done');
      assert.equal(found?.state, 'warning');
      assert.deepEqual(found?.outcome, outcome('warning'));
      assert.ok(Buffer.isBuffer(found?.outcome?.portrait));
      assert.equal(found?.identityToken, token);
      assert.ok(found?.finishedAt instanceof Date);
      const records = await store.db.query('SELECT id FROM identity_records WHERE verification_id = $1', [v.id]);
      assert.deepEqual(records.rows, [{ id: token }]);
      assert.deepEqual(await store.verifications.peek(v.id), {
        state: 'warning',
        requestedNationality: 'HKG',
        requestedCardType: 'ID_CARD',
      });

      const rejected = newVerification('app-done');
      await store.db.transaction((tx) => store.verifications.insert(tx, rejected));
      await assert.rejects(store.verifications.complete(rejected.id, outcome('rejected'), randomUUID()), /rejected/);
      assert.equal(await store.verifications.complete(rejected.id, outcome('rejected'), null), true);
      assert.equal((await store.verifications.findForApp(rejected.id, 'app-done'))?.identityToken, null);
    });

    test('findForApp: another app, unknown, malformed and expired look the same (D15, D17)', async () => {
      const v = newVerification('app-a', 60);
      await store.db.transaction((tx) => store.verifications.insert(tx, v));
      assert.equal((await store.verifications.findForApp(v.id, 'app-a'))?.id, v.id);
      assert.equal(await store.verifications.findForApp(v.id, 'app-b'), null);
      assert.equal(await store.verifications.findForApp(randomUUID(), 'app-a'), null);
      assert.equal(await store.verifications.findForApp("x' OR '1'='1", 'app-a'), null);
      clockOffsetMs = 61_000;
      try {
        assert.equal(await store.verifications.findForApp(v.id, 'app-a'), null);
        assert.equal(await store.verifications.peek(v.id), null);
      } finally {
        clockOffsetMs = 0;
      }
    });

    test('purge deletes expired verifications with their images and identity records', async () => {
      const old = newVerification('app-purge', 10);
      const young = newVerification('app-purge', 3600);
      await store.db.transaction(async (tx) => {
        await store.verifications.insert(tx, old);
        await store.verifications.insert(tx, young);
      });
      await store.verifications.complete(old.id, outcome('passed'), randomUUID());
      const purged = await store.verifications.purge(new Date(Date.now() + 60_000));
      assert.ok(purged >= 1);
      const left = async (table: string, column: string, id: string) =>
        (await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]))
          .rows[0]!.n;
      assert.equal(await left('verifications', 'id', old.id), 0);
      assert.equal(await left('verification_images', 'verification_id', old.id), 0);
      assert.equal(await left('identity_records', 'verification_id', old.id), 0);
      assert.equal(await left('verifications', 'id', young.id), 1);
      assert.equal(await left('verification_images', 'verification_id', young.id), 2);
    });

    test('read-once retention: hidden once read, purged, never before the result is final (D15)', async () => {
      const box = createCryptoBox(await loadEncryptionKey(config));
      const readOnce = createVerificationStore(store.db, box, { readOnce: true });
      // retention.seconds = 0 gives expiresAt = now; the store keeps the default horizon instead.
      const v = { ...newVerification('app-once'), expiresAt: new Date() };
      const unread = { ...newVerification('app-once'), expiresAt: new Date() };
      await store.db.transaction(async (tx) => {
        await readOnce.insert(tx, v);
        await readOnce.insert(tx, unread);
      });
      const stored = await readOnce.findForApp(v.id, 'app-once');
      assert.ok(stored && stored.expiresAt.getTime() > Date.now() + 71 * 3600 * 1000);

      await readOnce.markRead(v.id);
      assert.notEqual(await readOnce.findForApp(v.id, 'app-once'), null, 'reading a processing one does not count');
      await readOnce.complete(v.id, outcome('passed'), null);
      await readOnce.complete(unread.id, outcome('passed'), null);
      assert.equal((await readOnce.findForApp(v.id, 'app-once'))?.state, 'passed');
      await readOnce.markRead(v.id);
      assert.equal(await readOnce.findForApp(v.id, 'app-once'), null);

      assert.equal(await store.verifications.purge(new Date()), 0, 'the normal mode keeps read rows');
      assert.equal(await readOnce.purge(new Date()), 1);
      assert.equal((await store.db.query('SELECT 1 FROM verifications WHERE id = $1', [v.id])).rows.length, 0);
      assert.equal((await readOnce.findForApp(unread.id, 'app-once'))?.state, 'passed');
    });

    type Behaviour = (ctx: JobContext) => Promise<void>;
    const behaviours = new Map<string, Behaviour>();
    const seen = new Map<string, JobContext[]>();
    const enqueue = async (behaviour: Behaviour) => {
      const v = newVerification('app-queue');
      behaviours.set(v.id, behaviour);
      const jobId = await store.db.transaction(async (tx) => {
        await store.verifications.insert(tx, v);
        return queue.send(tx, 'verify', { verificationId: v.id });
      });
      return { id: v.id, jobId };
    };
    const finalState = (jobId: string, state: string) =>
      waitFor(`job ${jobId} ${state}`, async () => ((await jobState(jobId))?.state === state ? true : null));

    test('queue: round trip, retry, non-retryable failure, hung handler and dead worker come back (D20)', async () => {
      // A worker that claimed a job and died (kill -9): nothing will ever complete it; expiry brings it back.
      const dead = await enqueue(async () => undefined);
      const corpse = new PgBoss({ db: bossDbFor(store.db), schema: QUEUE_SCHEMA });
      const claimed = await waitFor('the dead worker claim', async () => {
        const jobs = await corpse.fetch<{ verificationId: string }>('verify', { batchSize: 50 });
        return jobs.find((j) => j.id === dead.jobId) ?? null;
      });
      assert.equal(claimed.data.verificationId, dead.id);
      assert.equal((await queue.stats()).active >= 1, true);

      queue.work(
        'verify',
        async (data, ctx) => {
          seen.set(data.verificationId, [...(seen.get(data.verificationId) ?? []), ctx]);
          await (behaviours.get(data.verificationId) ?? (async () => undefined))(ctx);
        },
        { concurrency: 2 },
      );

      const ok = await enqueue(async () => undefined);
      const flaky = await enqueue(async (ctx) => {
        if (ctx.retryCount === 0) throw new Error('transient');
      });
      const broken = await enqueue(async () => {
        throw new JobFailure('bad input', { retryable: false });
      });
      const hung = await enqueue((ctx) => (ctx.retryCount === 0 ? new Promise<void>(() => undefined) : Promise.resolve()));

      await finalState(ok.jobId, 'completed');
      await finalState(flaky.jobId, 'completed');
      await finalState(broken.jobId, 'failed');
      await finalState(hung.jobId, 'completed');
      await finalState(dead.jobId, 'completed');

      assert.deepEqual(seen.get(ok.id)?.map((c) => c.retryCount), [0]);
      assert.deepEqual(seen.get(flaky.id)?.map((c) => c.retryCount), [0, 1]);
      assert.deepEqual(seen.get(broken.id)?.map((c) => c.retryCount), [0], 'not retried');
      assert.deepEqual(seen.get(hung.id)?.map((c) => c.retryCount), [0, 1]);
      assert.equal(seen.get(hung.id)?.[0]?.signal.aborted, true, 'the hung attempt was told to give up');
      assert.deepEqual(seen.get(dead.id)?.map((c) => c.retryCount), [1], 'the dead claim counted as one attempt');
      await queue.ping();
    });

    test('stop: graceful lets running work finish, then gives up what outlives the grace period', async () => {
      let slowFinished = false;
      const slow = await enqueue(async () => {
        await new Promise((r) => setTimeout(r, 150));
        slowFinished = true;
      });
      const stuck = await enqueue((ctx) => new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve())));
      await waitFor('both handlers running', async () => seen.has(slow.id) && seen.has(stuck.id));

      // The grace period (400 ms) ends before the job's own 1 s expiry would.
      await queue.stop({ graceful: true, timeoutMs: 400 });
      assert.equal(slowFinished, true);
      assert.equal((await jobState(slow.jobId))?.state, 'completed');
      assert.match(String(seen.get(stuck.id)?.[0]?.signal.reason), /worker stopped/, 'given up by stop, not expiry');
      assert.equal((await jobState(stuck.jobId))?.state, 'retry', 'handed back for another worker');
      await assert.rejects(queue.ping(), /stopped/);
      assert.equal((await queue.stats()).queued >= 1, true);
      assert.deepEqual(queueErrors, []);
    });
  });
}
