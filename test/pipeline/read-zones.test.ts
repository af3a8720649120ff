import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { phUmidTemplate as umid } from '../../src/documents/cards/ph-umid/ph-umid-template.js';
import type { OcrEngine } from '../../src/engines/ocr/ocr-engine.js';
import { createPaddleOcr } from '../../src/engines/ocr/paddle-ocr.js';
import { readZones } from '../../src/pipeline/read-zones.js';
import { farUmidFront } from '../documents/cards/far-umid-front.js';
import { renderTextPage, toPixels } from '../engines/ocr/render-text.js';

// The second look at a card (read-zones.ts) with the real recogniser: a UMID front whose captions and sex glyph the
// detector missed (far-umid-front.ts), on a rendered page that prints the glyph where it stands.
let ocr: OcrEngine;
before(async () => {
  ocr = await createPaddleOcr({ intraOpThreads: 2 });
});
after(async () => {
  await ocr.release();
});

const today = { today: '2025-06-01' };
const front = farUmidFront;

async function pageWith(glyph: string): Promise<{ page: { width: number; height: number; data: Uint8Array } }> {
  const pixels = await toPixels(renderTextPage(1000, 630, glyph === '' ? [] : [{ text: glyph, x: 328, y: 424, size: 24 }]));
  return { page: { width: pixels.width, height: pixels.height, data: pixels.data } };
}

test('a field left empty is read from the zone its template names, and only that field changes', async () => {
  const first = umid.read({ front, back: null }, today);
  assert.equal(first.fields.Sex, '');
  const read = await readZones(ocr, umid, first, { front, back: null }, { front: await pageWith('F') }, today);
  assert.equal(read.fields.Sex, 'F');
  assert.deepEqual({ ...read.fields, Sex: '' }, first.fields);
  // The value's region is where the glyph stands, not the whole zone.
  const region = read.regions.Sex!;
  assert.equal(region.side, 'front');
  assert.ok(region.box.x > 0.318 && region.box.x < 0.332 && region.box.width < 0.04, JSON.stringify(region.box));
});

test('a zone that reads as nothing (blank paper) leaves the first reading as it was', async () => {
  const first = umid.read({ front, back: null }, today);
  const read = await readZones(ocr, umid, first, { front, back: null }, { front: await pageWith('') }, today);
  assert.deepEqual(read, first);
});
