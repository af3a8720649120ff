import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CARD_TEMPLATES } from '../../src/documents/cards/templates.js';
import { generateDocument } from '../../src/studio/generate-document.js';
import type { Truth } from '../../src/studio/types.js';
import { runCli, startServer, tempDir, type ServerProcess } from '../support/cli-process.js';
import { intlClient, type Key } from '../support/sdk-clients.js';

// Issue 5 "done when": a real `cardverify serve` reads every national card structure through an official SDK into
// its seed member (D10–D12), with its checks run. One studio card per structure, both sides, sent as a client of
// Tencent's service would: the card's own Nationality and CardType (spec §D.5 back-side rules apply).

let server: ServerProcess;
let data: { path: string; remove(): void };
let key: Key;

before(async () => {
  data = tempDir('cardverify-cards-e2e-');
  server = await startServer({ CARDVERIFY_DATA_DIR: data.path });
  const created = await runCli(['keys', 'create', '--app', 'cards-e2e', '--json'], { CARDVERIFY_DATA_DIR: data.path });
  assert.equal(created.code, 0, created.stderr);
  key = JSON.parse(created.stdout) as Key;
});

after(async () => {
  await server?.stop();
  data?.remove();
});

async function verify(truth: Truth, images: Partial<Record<'front' | 'back', Buffer>>, request: { Nationality: string; CardType: string }): Promise<Record<string, unknown>> {
  const call = intlClient({ endpoint: server.endpoint, key });
  const params: Record<string, unknown> = { ...request, ImageBase64Front: images.front!.toString('base64') };
  if (images.back !== undefined) params.ImageBase64Back = images.back.toString('base64');
  const applied = await call('ApplyCardVerification', params);
  for (let i = 0; i < 90; i += 1) {
    const r = await call('GetCardVerificationResult', { CardVerificationToken: applied.CardVerificationToken });
    if (r.Status !== 'Processing') return r;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${truth.Structure}: still processing after 90 polls`);
}

for (const template of CARD_TEMPLATES) {
  test(`${template.structure}: a studio card through the intl SDK → its seed member, ${template.cardSubType}`, async () => {
    const doc = await generateDocument({ structure: template.structure, seed: 'e2e-cards', index: 1, condition: 'clean', side: 'both', invalid: false });
    const r = await verify(doc.truth, doc.images, { Nationality: doc.truth.Nationality, CardType: doc.truth.CardType });
    assert.notEqual(r.Status, 'Rejected', JSON.stringify(r.WarnInfo));
    assert.equal(r.Nationality, doc.truth.Nationality);
    assert.equal(r.CardType, doc.truth.CardType);
    assert.equal(r.CardSubType, doc.truth.CardSubType);
    const cardInfo = r.CardInfo as Record<string, unknown>;
    const member = cardInfo[template.structure] as Record<string, string>;
    const truth = doc.truth.CardInfo as Record<string, string>;
    // Every seed key, every leaf a string (D10); the key fields exact; the card as a whole read (per-field accuracy
    // over many cards is the benchmark's job: npm run bench:accuracy).
    assert.deepEqual(Object.keys(member), Object.keys(truth));
    for (const value of Object.values(member)) assert.equal(typeof value, 'string');
    for (const key of template.keyFields) assert.equal(member[key], truth[key], key);
    const exact = Object.keys(truth).filter((key) => member[key] === truth[key]);
    assert.ok(exact.length >= 0.8 * Object.keys(truth).length, `${exact.length}/${Object.keys(truth).length} fields exact: ${JSON.stringify(member)}`);
    for (const [name, other] of Object.entries(cardInfo)) if (name !== template.structure) assert.equal(other, null, name);
  });
}

test('a card whose number breaks its rule raises InformationVerificationFailed (HKID check digit)', async () => {
  const doc = await generateDocument({ structure: 'HKIDCard', seed: 'e2e-cards', index: 2, condition: 'clean', side: 'both', invalid: true });
  const r = await verify(doc.truth, doc.images, { Nationality: 'HKG', CardType: 'ID_CARD' });
  assert.equal(r.Status, 'Warning');
  assert.deepEqual(r.WarnInfo, ['InformationVerificationFailed']);
});

test('the back of another card → FrontBackMismatch; a requested nationality the card does not show → OtherWarning', async () => {
  const hk = await generateDocument({ structure: 'HKIDCard', seed: 'e2e-cards', index: 3, condition: 'clean', side: 'front', invalid: false });
  const sg = await generateDocument({ structure: 'SingaporeIDCard', seed: 'e2e-cards', index: 3, condition: 'clean', side: 'back', invalid: false });
  const r = await verify(hk.truth, { front: hk.images.front!, back: sg.images.back! }, { Nationality: 'MYS', CardType: 'ID_CARD' });
  assert.equal(r.CardSubType, 'HKID_2018');
  assert.ok((r.WarnInfo as string[]).includes('FrontBackMismatch'), JSON.stringify(r.WarnInfo));
  assert.ok((r.WarnInfo as string[]).includes('OtherWarning'), JSON.stringify(r.WarnInfo));
});
