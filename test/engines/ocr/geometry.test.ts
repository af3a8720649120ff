import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convexHull, minAreaRect, orderQuad, quadSize, rectCorners, type Point } from '../../../src/engines/ocr/geometry.js';
import { warpQuad } from '../../../src/engines/ocr/warp-quad.js';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} not within ${tolerance} of ${expected}`);
}

/** Points filling a w×h rectangle centred at (cx, cy), turned by `angle` radians. */
function rotatedRectPoints(cx: number, cy: number, w: number, h: number, angle: number): Point[] {
  const pts: Point[] = [];
  for (let u = -w / 2; u <= w / 2; u += 2) {
    for (let v = -h / 2; v <= h / 2; v += 2) {
      pts.push({ x: cx + u * Math.cos(angle) - v * Math.sin(angle), y: cy + u * Math.sin(angle) + v * Math.cos(angle) });
    }
  }
  return pts;
}

test('convex hull keeps only the extreme points', () => {
  const hull = convexHull([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 2, y: 1 }, { x: 4, y: 4 }, { x: 0, y: 4 }, { x: 2, y: 2 }]);
  assert.equal(hull.length, 4);
});

test('the minimum-area rectangle of a turned rectangle recovers its size and angle', () => {
  const rect = minAreaRect(rotatedRectPoints(100, 60, 120, 20, (12 * Math.PI) / 180));
  const [long, short] = rect.width >= rect.height ? [rect.width, rect.height] : [rect.height, rect.width];
  near(long, 120, 0.5, 'long side');
  near(short, 20, 0.5, 'short side');
  near(rect.center.x, 100, 0.5, 'centre x');
  near(rect.center.y, 60, 0.5, 'centre y');
});

test('corners come clockwise from the top-left, and the quad size is width × height', () => {
  const quad = orderQuad([{ x: 10, y: 50 }, { x: 110, y: 10 }, { x: 10, y: 10 }, { x: 110, y: 50 }]);
  assert.deepEqual(quad, [{ x: 10, y: 10 }, { x: 110, y: 10 }, { x: 110, y: 50 }, { x: 10, y: 50 }]);
  assert.deepEqual(quadSize(quad), { width: 100, height: 40 });
  const corners = rectCorners({ center: { x: 50, y: 20 }, axis: { x: 1, y: 0 }, width: 80, height: 10 });
  assert.deepEqual(corners.map((p) => [p.x, p.y]), [[10, 15], [90, 15], [90, 25], [10, 25]]);
});

test('warping an axis-aligned quad crops the pixels; a half-turned quad turns them', () => {
  // 4×2 grey image with values 0..7.
  const image = { width: 4, height: 2, channels: 1 as const, data: Uint8Array.from([0, 10, 20, 30, 40, 50, 60, 70]) };
  const crop = warpQuad(image, [{ x: 1, y: 0 }, { x: 3, y: 0 }, { x: 3, y: 2 }, { x: 1, y: 2 }], 2, 2);
  assert.deepEqual([...crop.data], [10, 20, 50, 60]);
  const turned = warpQuad(image, [{ x: 4, y: 2 }, { x: 0, y: 2 }, { x: 0, y: 0 }, { x: 4, y: 0 }], 4, 2);
  assert.deepEqual([...turned.data], [70, 60, 50, 40, 30, 20, 10, 0]);
});
