import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { generateDocument } from '../../src/studio/generate-document.js';
import type { Truth } from '../../src/studio/types.js';
import { runCli, startServer, tempDir, type ServerProcess } from '../support/cli-process.js';
import { intlClient, type Key } from '../support/sdk-clients.js';

// Issue 3 "done when": a real `cardverify serve` reads a studio passport through an official SDK (decisions.md
// D2) into InternationalIDPassport, with an IDVerificationToken (D16) since the result is final and not Rejected.

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: ServerProcess;
let data: { path: string; remove(): void };
let key: Key;
let truth: Truth;
let front: string;

before(async () => {
  data = tempDir('cardverify-passport-e2e-');
  const doc = await generateDocument({ structure: 'InternationalIDPassport', seed: 'e2e', index: 1, condition: 'clean', side: 'front', invalid: false });
  truth = doc.truth;
  front = (doc.images.front as Buffer).toString('base64');
  server = await startServer({ CARDVERIFY_DATA_DIR: data.path });
  const created = await runCli(['keys', 'create', '--app', 'passport-e2e', '--json'], { CARDVERIFY_DATA_DIR: data.path });
  assert.equal(created.code, 0, created.stderr);
  key = JSON.parse(created.stdout) as Key;
});

after(async () => {
  await server?.stop();
  data?.remove();
});

test('a studio passport through the intl SDK → InternationalIDPassport with an IDVerificationToken', async () => {
  const call = intlClient({ endpoint: server.endpoint, key });
  const applied = await call('ApplyCardVerification', { Nationality: 'AUTO', CardType: 'PASSPORT', ImageBase64Front: front });
  let r: Record<string, unknown> = {};
  for (let i = 0; i < 60; i += 1) {
    r = await call('GetCardVerificationResult', { CardVerificationToken: applied.CardVerificationToken });
    if (r.Status !== 'Processing') break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.notEqual(r.Status, 'Rejected', JSON.stringify(r.WarnInfo));
  assert.equal(r.Nationality, truth.Nationality);
  assert.equal(r.CardType, 'PASSPORT');
  assert.equal(r.CardSubType, 'ICAO_TD3');
  const cardInfo = r.CardInfo as Record<string, unknown>;
  assert.deepEqual(cardInfo.InternationalIDPassport, truth.CardInfo);
  assert.equal(cardInfo.GeneralCard, null);
  assert.match(r.IDVerificationToken as string, UUID_V4);
});
