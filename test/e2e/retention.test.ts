import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { runCli, startServer, tempDir, type ServerProcess } from '../support/cli-process.js';
import { errorOf, intlClient, type Key } from '../support/sdk-clients.js';

// Retention (decisions.md D15) and the admin commands on embedded storage with and without a running server.

const data = tempDir('cardverify-retention-');
let server: ServerProcess | undefined;
after(async () => {
  await server?.stop();
  data.remove();
});

test('keys made before the server starts work; a purged token is gone like an unknown one', { timeout: 120_000 }, async () => {
  const env = { CARDVERIFY_DATA_DIR: data.path, CARDVERIFY_RETENTION_SECONDS: '2' };
  // No server yet: the command opens the data directory itself.
  const created = await runCli(['keys', 'create', '--json'], env);
  assert.equal(created.code, 0, created.stderr);
  const key = JSON.parse(created.stdout) as Key & { App: string };
  assert.equal(key.App, 'default');

  // Without workers: retention is about storage, and a model-loading worker would race the 2 s lifetime.
  server = await startServer(env, ['--no-workers']);
  const call = intlClient({ endpoint: server.endpoint, key });
  const image = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 200, g: 190, b: 170 } } }).jpeg().toBuffer();
  const { CardVerificationToken } = await call('ApplyCardVerification', { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: image.toString('base64') });
  assert.equal((await call('GetCardVerificationResult', { CardVerificationToken })).Status, 'Processing');

  await new Promise((r) => setTimeout(r, 2500));
  // The server is running: the command goes through its admin socket.
  const purged = await runCli(['purge'], env);
  assert.equal(purged.code, 0, purged.stderr);
  assert.match(purged.stdout, /purged [1-9]\d* verification/);
  const gone = await errorOf(call('GetCardVerificationResult', { CardVerificationToken }));
  const unknown = await errorOf(call('GetCardVerificationResult', { CardVerificationToken: '0d6f6a52-3b7e-4f0e-9a3c-5a1d2e3f4b5c' }));
  assert.equal(gone.code, 'InvalidParameterValue.InvalidParameterValueLimit');
  assert.deepEqual(gone, unknown);
});
