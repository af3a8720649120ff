import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyHomography, homography, mapBoxToSource, rectangleQuad } from '../../../src/engines/vision/homography.js';
import { hullToQuad } from '../../../src/engines/vision/hull-to-quad.js';
import { containment, polygonIoU } from '../../../src/engines/vision/polygon-iou.js';
import { type Point, type Quad, aspectRatio, orderQuad, signedArea2 } from '../../../src/engines/vision/quad.js';
import { selectDocuments } from '../../../src/engines/vision/select-documents.js';

const near = (a: Point, b: Point, tolerance = 1e-6): boolean => Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;

test('orderQuad: clockwise, starting on the long side nearest the top-left', () => {
  const landscape = orderQuad([[100, 80], [10, 80], [100, 10], [10, 10]]);
  assert.deepEqual(landscape, [[10, 10], [100, 10], [100, 80], [10, 80]]);
  assert.ok(signedArea2(landscape) > 0, 'clockwise on screen');
  // A card standing on its short side: the first side is the long left side, walked upwards.
  const portrait = orderQuad([[0, 0], [60, 0], [60, 95], [0, 95]]);
  assert.deepEqual(portrait, [[0, 95], [0, 0], [60, 0], [60, 95]]);
  assert.ok(Math.abs(aspectRatio(portrait) - 95 / 60) < 1e-9);
});

test('polygonIoU and containment of convex polygons', () => {
  const a: Quad = [[0, 0], [10, 0], [10, 10], [0, 10]];
  const b: Quad = [[5, 0], [15, 0], [15, 10], [5, 10]];
  assert.ok(Math.abs(polygonIoU(a, b) - 50 / 150) < 1e-9);
  assert.equal(polygonIoU(a, a), 1);
  assert.equal(polygonIoU(a, [[20, 20], [30, 20], [30, 30], [20, 30]]), 0);
  assert.equal(containment([[2, 2], [4, 2], [4, 4], [2, 4]], a), 1);
  // Orientation does not matter.
  assert.ok(Math.abs(polygonIoU([...a].reverse(), b) - 1 / 3) < 1e-9);
});

test('homography maps the four corners and mapBoxToSource maps a crop box back', () => {
  const quad: Quad = [[100, 50], [400, 80], [380, 300], [90, 260]];
  const h = homography(rectangleQuad(1000, 630), quad);
  rectangleQuad(1000, 630).forEach((corner, i) => assert.ok(near(applyHomography(h, corner), quad[i] as Point, 1e-6)));
  const whole = mapBoxToSource(quad, { width: 1000, height: 630 }, { x: 0, y: 0, width: 1000, height: 630 });
  whole.forEach((p, i) => assert.ok(near(p, quad[i] as Point, 1e-6)));
  assert.throws(() => homography([[0, 0], [0, 0], [0, 0], [0, 0]], rectangleQuad(1, 1)), RangeError);
});

test('hullToQuad: a rounded rectangle gives its corners; a cut one gives a corner outside the frame', () => {
  const rounded: Point[] = [];
  const corners: Point[] = [[100, 100], [400, 100], [400, 290], [100, 290]];
  const r = 12;
  const centres: Point[] = [[100 + r, 100 + r], [400 - r, 100 + r], [400 - r, 290 - r], [100 + r, 290 - r]];
  centres.forEach(([cx, cy], i) => {
    for (let k = 0; k <= 4; k += 1) {
      const angle = Math.PI + (i * Math.PI) / 2 + (k * Math.PI) / 8;
      rounded.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
    }
  });
  const quad = hullToQuad(rounded, 640, 480);
  assert.ok(quad);
  // The straight hull edges give the true sides, so the corners come back where the sides meet, not on the arcs.
  for (const corner of corners) assert.ok(quad.some((p) => near(p, corner, 1)), `corner ${corner} recovered`);
  // The right part of a tilted card beyond x = 639: the border side is dropped and the real sides extended.
  const cut: Point[] = [[500, 100], [639, 100 + 139 * 0.1], [639, 250 + 139 * 0.1], [490, 250]];
  const extended = hullToQuad(cut, 640, 480);
  assert.ok(extended);
  assert.ok(extended.some(([x]) => x > 640), 'a corner beyond the frame');
  assert.equal(hullToQuad([[0, 0], [100, 0], [50, 80]], 640, 480), null);
});

test('selectDocuments: duplicates collapse, a blank carrier gives way, a second document needs a close score', () => {
  const card: Quad = [[100, 100], [260, 100], [260, 200], [100, 200]];
  const sheet: Quad = [[20, 20], [420, 20], [420, 585], [20, 585]];
  const other: Quad = [[500, 100], [660, 100], [660, 200], [500, 200]];
  const texture = (quad: Quad): number => (quad === sheet ? 0.02 : 0.3);
  const options = { minScore: 0.15, secondRelative: 0.5, texture };
  const picked = selectDocuments([{ quad: sheet, score: 0.9 }, { quad: card, score: 0.6 }], options);
  assert.deepEqual(picked.map((c) => c.quad), [card], 'the sheet under the card gives way');
  const busy = selectDocuments([{ quad: sheet, score: 0.9 }, { quad: card, score: 0.6 }], { ...options, texture: () => 0.3 });
  assert.deepEqual(busy.map((c) => c.quad), [sheet], 'a printed page keeps the region inside it');
  const two = selectDocuments([{ quad: card, score: 0.8 }, { quad: other, score: 0.5 }], options);
  assert.equal(two.length, 2);
  const one = selectDocuments([{ quad: card, score: 0.8 }, { quad: other, score: 0.3 }], options);
  assert.equal(one.length, 1);
  assert.deepEqual(selectDocuments([{ quad: card, score: 0.1 }], options), []);
});
