import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { canonicalSize, type DocumentFinder } from '../../../src/engines/vision/document-finder.js';
import { createOpenCvDocumentFinder } from '../../../src/engines/vision/opencv-document-finder.js';
import { polygonIoU } from '../../../src/engines/vision/polygon-iou.js';
import { type Quad, distance } from '../../../src/engines/vision/quad.js';
import type { RgbImage } from '../../../src/engines/vision/rgb-image.js';
import { type Background, place, random, renderBackground, renderCard, rotatedRect } from './render-scene.js';

// One finder (one OpenCV load) for the whole file.
let finder: DocumentFinder;
before(async () => {
  finder = await createOpenCvDocumentFinder();
});

async function scene(kind: Background, quads: Quad[], size: [number, number] = [1200, 900], card?: RgbImage): Promise<RgbImage> {
  let image = await renderBackground(size[0], size[1], kind);
  const drawn = card ?? (await renderCard());
  for (const quad of quads) image = await place(image, drawn, quad);
  return image;
}

function assertFound(found: Quad | undefined, truth: Quad, minIoU = 0.9): void {
  assert.ok(found, 'a document is found');
  const iou = polygonIoU(found, truth);
  assert.ok(iou >= minIoU, `IoU ${iou.toFixed(3)} ≥ ${minIoU}`);
}

for (const kind of ['plain-dark', 'light', 'cluttered'] as const) {
  test(`finds an upright card on a ${kind} background`, async () => {
    const truth = rotatedRect(600, 450, 600, 378, 0);
    const result = await finder.find(await scene(kind, [truth]));
    assert.equal(result.documents.length, 1);
    const [document] = result.documents;
    assertFound(document?.quad, truth);
    assert.equal(document?.aspect, 'id1');
    assert.equal(document?.cut, false);
    // Corners back at full resolution within a few pixels.
    for (const corner of truth) assert.ok(Math.min(...(document?.quad ?? []).map((p) => distance(p, corner))) < 6);
  });
}

for (const degrees of [90, 180, 30]) {
  test(`finds a card turned by ${degrees}° and starts the quad on a long side`, async () => {
    const truth = rotatedRect(600, 450, 560, 353, degrees);
    const result = await finder.find(await scene('plain-dark', [truth]));
    assert.equal(result.documents.length, 1);
    const quad = result.documents[0]?.quad;
    assertFound(quad, truth);
    assert.ok(quad && distance(quad[0], quad[1]) > 1.3 * distance(quad[1], quad[2]), 'quad[0]→quad[1] is a long side');
  });
}

test('finds a card seen in perspective, in a larger photo (quad mapped back to full resolution)', async () => {
  const truth: Quad = [
    [700, 520],
    [2300, 640],
    [2200, 1640],
    [620, 1560],
  ];
  const result = await finder.find(await scene('plain-dark', [truth], [3000, 2250]));
  assert.equal(result.documents.length, 1);
  assertFound(result.documents[0]?.quad, truth);
});

test('tells a passport page (TD3 aspect) from a card', async () => {
  const page = await renderCard({ width: 1250, height: 880, seed: 3 });
  const truth = rotatedRect(600, 450, 700, 493, 4);
  const result = await finder.find(await scene('plain-dark', [truth], [1200, 900], page));
  assertFound(result.documents[0]?.quad, truth);
  assert.equal(result.documents[0]?.aspect, 'td3');
});

test('reports two cards as two documents', async () => {
  const left = rotatedRect(330, 450, 480, 302, -8);
  const right = rotatedRect(900, 450, 480, 302, 6);
  const result = await finder.find(await scene('plain-dark', [left, right]));
  assert.equal(result.documents.length, 2);
  const quads = result.documents.map((d) => d.quad);
  assert.ok(quads.some((q) => polygonIoU(q, left) >= 0.9));
  assert.ok(quads.some((q) => polygonIoU(q, right) >= 0.9));
});

test('marks a card cut by the image border as cut', async () => {
  const truth = rotatedRect(1040, 450, 600, 378, 10);
  const result = await finder.find(await scene('plain-dark', [truth]));
  assert.equal(result.documents.length, 1);
  assert.equal(result.documents[0]?.cut, true);
  assert.ok(result.documents[0]?.quad.some(([x]) => x > 1200), 'a corner lies beyond the right border');
});

test('finds nothing where there is no card: plain desk, white paper, pixel noise', async () => {
  for (const kind of ['plain-dark', 'light'] as const) {
    const result = await finder.find(await renderBackground(1200, 900, kind, 11));
    assert.deepEqual(result.documents, [], `no document on ${kind}`);
  }
  const rand = random(5);
  const noise = new Uint8Array(800 * 600 * 3).map(() => Math.floor(rand() * 256));
  assert.deepEqual((await finder.find({ width: 800, height: 600, data: noise })).documents, []);
});

test('rectifies a card upside down in the photo into a landscape crop with the marker where expected', async () => {
  const truth = rotatedRect(600, 450, 600, 378, 180);
  const image = await scene('plain-dark', [truth]);
  const result = await finder.find(image);
  const document = result.documents[0];
  assert.ok(document);
  const size = canonicalSize(document.aspect);
  assert.deepEqual(size, { width: 1000, height: 630 });
  const crop = await finder.rectify(image, document.quad, size);
  assert.equal(crop.width, 1000);
  assert.equal(crop.height, 630);
  // Upside down in the photo, so the red corner patch of the card ends at the crop's bottom-right.
  const red = (x: number, y: number): boolean => {
    const o = (y * crop.width + x) * 3;
    return crop.data[o]! > 170 && crop.data[o + 1]! < 80 && crop.data[o + 2]! < 80;
  };
  assert.ok(red(crop.width - 30, crop.height - 30), 'marker at the bottom-right');
  assert.ok(!red(30, 30), 'no marker at the top-left');
});

test('refuses an image whose buffer does not match its size', async () => {
  await assert.rejects(finder.find({ width: 10, height: 10, data: new Uint8Array(12) }), RangeError);
});
