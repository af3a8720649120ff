// Rendered documents and their truth files (issue 4): exact seed keys, every side rendered, quads inside the
// image, each condition's warnings, byte-identical output for the same arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { runSamples } from '../../src/cli/samples-command.js';
import { emptyStructure, type StructureFields } from '../../src/documents/seed-shapes.js';
import { CONDITION_WARNINGS } from '../../src/studio/conditions/apply-condition.js';
import { generateDocument, type DocumentRequest } from '../../src/studio/generate-document.js';
import { LAYOUTS } from '../../src/studio/layouts/layouts.js';
import { Rng } from '../../src/studio/prng.js';
import { CONDITIONS, FORMATS, type Point } from '../../src/studio/types.js';
import { SEED_STRUCTURES } from '../../src/verification/types.js';

function shape(fields: StructureFields): unknown {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? 'string' : Object.keys(v).sort()]));
}

async function size(jpeg: Buffer): Promise<{ width: number; height: number }> {
  assert.equal(jpeg.subarray(0, 3).toString('hex'), 'ffd8ff', 'JPEG magic');
  const meta = await sharp(jpeg).metadata();
  return { width: meta.width!, height: meta.height! };
}

const inside = (quad: Point[], w: number, h: number): boolean[] => quad.map(([x, y]) => x >= 0 && y >= 0 && x <= w && y <= h);

const base = (structure: (typeof SEED_STRUCTURES)[number], extra: Partial<DocumentRequest> = {}): DocumentRequest => ({
  structure,
  seed: 'test',
  index: 1,
  condition: 'clean',
  side: 'both',
  invalid: false,
  ...extra,
});

test('every structure renders each of its sides with a truth holding exactly its seed keys', async () => {
  for (const structure of SEED_STRUCTURES) {
    const doc = await generateDocument(base(structure));
    const data = LAYOUTS[structure].generate(new Rng(`${doc.truth.Seed}/data`), false);
    assert.deepEqual(shape(doc.truth.CardInfo), shape(emptyStructure(structure)), structure);
    assert.deepEqual(Object.keys(doc.truth.CardInfo), Object.keys(emptyStructure(structure)), `${structure} key order`);
    assert.deepEqual(Object.keys(doc.images).sort(), [...data.sides].sort(), `${structure} sides`);
    assert.equal(doc.truth.Structure, structure);
    assert.deepEqual(doc.truth.ExpectedWarnings, []);
    for (const [side, jpeg] of Object.entries(doc.images)) {
      const { width, height } = await size(jpeg!);
      const quad = doc.truth.Quads[side as 'front' | 'back']!;
      assert.ok(inside(quad, width, height).every(Boolean), `${structure} ${side} quad inside`);
      // A flat scan keeps the document's proportions.
      const top = Math.hypot(quad[1]![0] - quad[0]![0], quad[1]![1] - quad[0]![1]);
      const left = Math.hypot(quad[3]![0] - quad[0]![0], quad[3]![1] - quad[0]![1]);
      const f = FORMATS[data.format];
      assert.ok(Math.abs(top / left - f.width / f.height) < 0.02, `${structure} ${side} aspect`);
    }
    const nonEmpty = Object.values(doc.truth.CardInfo).filter((v) => typeof v === 'string' && v !== '');
    assert.ok(nonEmpty.length >= 3, `${structure} has values`);
  }
});

test('a single side keeps only the values printed on it; a missing side is refused', async () => {
  const front = await generateDocument(base('SingaporeIDCard', { side: 'front' }));
  const both = await generateDocument(base('SingaporeIDCard'));
  assert.deepEqual(Object.keys(front.images), ['front']);
  assert.equal(front.truth.CardInfo.Address, '');
  assert.equal(front.truth.CardInfo.DateOfIssue, '');
  assert.notEqual(both.truth.CardInfo.Address, '');
  assert.equal(front.truth.CardInfo.FullName, both.truth.CardInfo.FullName);
  await assert.rejects(generateDocument(base('IndonesiaIDCard', { side: 'back' })), RangeError);
});

test('each condition lists its warnings; quads stay inside the image except for cut-off', async () => {
  for (const [i, condition] of CONDITIONS.entries()) {
    const structure = SEED_STRUCTURES[(i * 5) % SEED_STRUCTURES.length]!;
    const doc = await generateDocument(base(structure, { condition, side: 'front' }));
    for (const w of CONDITION_WARNINGS[condition]) assert.ok(doc.truth.ExpectedWarnings.includes(w), `${condition}: ${w}`);
    assert.equal(doc.truth.Condition, condition);
    const { width, height } = await size(doc.images.front!);
    const flags = inside(doc.truth.Quads.front!, width, height);
    if (condition === 'cut-off') assert.equal(flags.filter((x) => !x).length, 1, 'one corner out of frame');
    else assert.ok(flags.every(Boolean), `${condition} quad inside`);
  }
});

test('tampering changes at most the rewritten field, and --invalid adds InformationVerificationFailed', async () => {
  const clean = await generateDocument(base('InternationalIDPassport', { index: 3 }));
  for (let index = 1; index <= 3; index++) {
    const tampered = await generateDocument(base('InternationalIDPassport', { index, condition: 'tampered' }));
    const original = index === 3 ? clean : await generateDocument(base('InternationalIDPassport', { index }));
    const changed = Object.keys(original.truth.CardInfo).filter((k) => original.truth.CardInfo[k] !== tampered.truth.CardInfo[k]);
    assert.ok(changed.length === 0 || changed.every((k) => k === 'Surname' || k === 'FullName'), `changed ${changed.join(',')}`);
    assert.ok(tampered.truth.ExpectedWarnings.includes('FakeSuspected'));
    // A rewritten surname no longer matches the MRZ.
    assert.equal(tampered.truth.ExpectedWarnings.includes('InformationVerificationFailed'), changed.length > 0);
  }
  const invalid = await generateDocument(base('ThailandIDCard', { invalid: true }));
  assert.deepEqual(invalid.truth.ExpectedWarnings, ['InformationVerificationFailed']);
});

test('the same arguments give byte-identical files', async () => {
  const a = await mkdtemp(join(tmpdir(), 'studio-a-'));
  const b = await mkdtemp(join(tmpdir(), 'studio-b-'));
  try {
    const write = process.stdout.write;
    process.stdout.write = () => true;
    try {
      await runSamples({ type: 'HKIDCard', count: '2', seed: 'det', condition: 'photo', out: a });
      await runSamples({ type: 'HKIDCard', count: '2', seed: 'det', condition: 'photo', out: b });
    } finally {
      process.stdout.write = write;
    }
    const files = (await readdir(a)).sort();
    assert.deepEqual(files, ['001-back.jpg', '001-front.jpg', '001.json', '002-back.jpg', '002-front.jpg', '002.json']);
    assert.deepEqual((await readdir(b)).sort(), files);
    for (const f of files) assert.ok((await readFile(join(a, f))).equals(await readFile(join(b, f))), f);
    const truth = JSON.parse(await readFile(join(a, '001.json'), 'utf8'));
    assert.deepEqual(Object.keys(truth), ['Structure', 'Nationality', 'CardType', 'CardSubType', 'CardInfo', 'Mrz', 'Quads', 'Condition', 'ExpectedWarnings', 'Seed']);
    const other = await generateDocument(base('HKIDCard', { seed: 'det2', condition: 'photo' }));
    assert.ok(!other.images.front!.equals(await readFile(join(a, '001-front.jpg'))), 'another seed gives another document');
  } finally {
    await rm(a, { recursive: true, force: true });
    await rm(b, { recursive: true, force: true });
  }
});

test('runSamples refuses bad arguments', async () => {
  await assert.rejects(runSamples({ type: 'Nope', out: '/tmp/x' }), /unknown --type/);
  await assert.rejects(runSamples({ type: 'HKIDCard', condition: 'foggy', out: '/tmp/x' }), /unknown --condition/);
  await assert.rejects(runSamples({ type: 'HKIDCard', count: '0', out: '/tmp/x' }), /--count/);
  await assert.rejects(runSamples({ type: 'HKIDCard' }), /--out is required/);
});
