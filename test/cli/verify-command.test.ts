import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runVerify } from '../../src/cli/verify-command.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { generateDocument } from '../../src/studio/generate-document.js';
import { tempDir } from '../support/cli-process.js';

const dir = tempDir('cardverify-verify-');
after(() => dir.remove());

test('verify --json prints the GetCardVerificationResult Response plus Detail (decisions.md D18)', async () => {
  const doc = await generateDocument({ structure: 'InternationalIDPassport', seed: 'pipeline-test', index: 3, condition: 'photo', side: 'front', invalid: false });
  const path = join(dir.path, 'passport.jpg');
  writeFileSync(path, doc.images.front as Buffer);
  let out = '';
  const code = await runVerify({ front: path, json: true, write: (text) => (out += text), today: '2026-06-01' });
  assert.equal(code, 0);
  const { Response: r } = JSON.parse(out) as { Response: Record<string, any> };
  assert.deepEqual(Object.keys(r), ['Status', 'WarnInfo', 'Nationality', 'CardType', 'CardSubType', 'CardInfo', 'IDVerificationToken', 'Detail', 'RequestId']);
  assert.notEqual(r.Status, 'Rejected');
  assert.equal(r.CardSubType, 'ICAO_TD3');
  assert.deepEqual(r.CardInfo.InternationalIDPassport, doc.truth.CardInfo);
  assert.equal(r.CardInfo.HKIDCard, null);
  assert.equal(r.IDVerificationToken, '', 'no identity record is stored by the CLI');
  assert.deepEqual(r.Detail.Mrz.Lines, doc.truth.Mrz);
  assert.ok(Array.isArray(r.Detail.Mrz.Corrections));
  assert.equal(r.Detail.Mrz.Readers.length, 2);
  assert.equal(r.Detail.Document.quad.length, 4);
  assert.equal(r.Detail.Portrait.quad.length, 4);
  assert.ok(r.Detail.Checks.length > 10);
  assert.deepEqual(r.Detail.Timings.map((t: { stage: string }) => t.stage), ['decode', 'locate', 'mrz', 'classify', 'validate', 'portrait', 'viz', 'quality']);

  let text = '';
  await runVerify({ front: path, write: (t) => (text += t), today: '2026-06-01' });
  assert.match(text, /InternationalIDPassport · ICAO_TD3 · PASSPORT/);
  assert.match(text, new RegExp(`LicenseNumber: ${doc.truth.CardInfo.LicenseNumber as string}`));
});

test('verify refuses bad arguments as usage errors', async () => {
  await assert.rejects(runVerify({ front: join(dir.path, 'missing.jpg') }), UsageError);
  const text = join(dir.path, 'note.txt');
  writeFileSync(text, 'not an image');
  await assert.rejects(runVerify({ front: text }), UsageError);
  await assert.rejects(runVerify({ front: text, cardType: 'VISA' }), /--card-type/);
});
