import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { runCli, startCli, startServer, type ServerProcess } from '../support/cli-process.js';
import { postgresSkipReason, temporaryDatabase } from '../support/postgres.js';
import { commonClient, type Key } from '../support/sdk-clients.js';

// Crash safety on PostgreSQL (decisions.md D20): two `cardverify worker` processes, one killed with SIGKILL in
// the middle of a job. Every verification must still complete, and none twice.

const skip = await postgresSkipReason('the crash-safety test');
const JOBS = 8;

let db: { url: string; drop(): Promise<void> } | undefined;
const processes: ServerProcess[] = [];

before(async () => {
  if (skip) return;
  db = await temporaryDatabase();
});

after(async () => {
  for (const p of processes) await p.stop('SIGKILL');
  await db?.drop();
});

/** `job finished` log lines with status `completed`, by verification id. */
function completions(logs: string): string[] {
  return logs
    .split('\n')
    .filter((l) => l.includes('"msg":"job finished"') && l.includes('"status":"completed"'))
    .map((l) => (JSON.parse(l) as { verificationId: string }).verificationId);
}

test('a worker killed with kill -9 mid-job loses nothing; no verification completes twice', { skip, timeout: 240_000 }, async () => {
  const env = {
    DATABASE_URL: db!.url,
    CARDVERIFY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // A dead worker's job comes back after its timeout; short here so the test takes seconds, not minutes.
    CARDVERIFY_JOB_TIMEOUT_SECONDS: '6',
    CARDVERIFY_QUEUE_MAINTENANCE_SECONDS: '1',
    CARDVERIFY_RATE_GET: '1000',
  };
  const api = await startServer(env, ['--no-workers']);
  processes.push(api);
  const created = await runCli(['keys', 'create', '--app', 'crash', '--json'], env);
  assert.equal(created.code, 0, created.stderr);
  const key = JSON.parse(created.stdout) as Key;
  const call = commonClient({ endpoint: api.endpoint, key, signMethod: 'HmacSHA256' });

  // Large images, so that decoding takes long enough to be killed in the middle of it.
  const big = await sharp({ create: { width: 7000, height: 5000, channels: 3, background: { r: 90, g: 120, b: 160 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  const tokens: string[] = [];
  for (let i = 0; i < JOBS; i++) {
    const r = await call('ApplyCardVerification', { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: big.toString('base64') });
    tokens.push(r.CardVerificationToken as string);
  }

  const victim = await startCli(['worker'], env, /worker ready/);
  processes.push(victim);
  // Kill it as soon as it has taken a job and before it can finish it.
  const started = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the first worker never started a job')), 60_000);
    victim.child.stderr!.on('data', () => {
      const line = victim.logs().split('\n').find((l) => l.includes('"msg":"job started"'));
      if (line) {
        victim.child.kill('SIGKILL');
        clearTimeout(timer);
        resolve((JSON.parse(line) as { verificationId: string }).verificationId);
      }
    });
  });
  await victim.stop('SIGKILL');
  const survivor = await startCli(['worker'], env, /worker ready/);
  processes.push(survivor);

  const deadline = Date.now() + 180_000;
  const pending = new Set(tokens);
  while (pending.size > 0 && Date.now() < deadline) {
    for (const token of [...pending]) {
      const r = await call('GetCardVerificationResult', { CardVerificationToken: token });
      if (r.Status !== 'Processing') {
        assert.equal(r.Status, 'Rejected');
        pending.delete(token);
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.equal(pending.size, 0, `verifications never completed: ${[...pending].join(', ')}`);

  const done = [...completions(victim.logs()), ...completions(survivor.logs())];
  assert.ok(tokens.includes(started));
  assert.ok(!completions(victim.logs()).includes(started), 'the killed job had not finished when its worker died');
  assert.deepEqual([...done].sort(), [...tokens].sort(), 'each verification completed exactly once');
  assert.match(survivor.logs(), new RegExp(`"verificationId":"${started}"[^\\n]*"msg":"job started"`));

  // SIGTERM: a graceful stop, exit code 0.
  assert.equal(await survivor.stop('SIGTERM'), 0);
  assert.match(survivor.logs(), /"msg":"stopped"/);
});
