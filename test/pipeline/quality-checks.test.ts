import assert from 'node:assert/strict';
import test from 'node:test';
import type { Quad } from '../../src/engines/vision/quad.js';
import { loadPolicy } from '../../src/pipeline/load-policy.js';
import { qualityChecks, type SizeProbe } from '../../src/pipeline/quality-checks.js';
import type { ReadPage } from '../../src/pipeline/read-document.js';
import { unsupportedChecks } from '../../src/pipeline/unsupported-check.js';

const policy = loadPolicy();
const size = { width: 500, height: 352 };

/** A grey page with dark print, its top tenth pure white: what the rectifier paints where a page runs past the frame. */
function pageImage(): Buffer {
  const data = Buffer.alloc(size.width * size.height * 3);
  for (let y = 0; y < size.height; y += 1) {
    for (let x = 0; x < size.width; x += 1) {
      const v = y < 35 ? 255 : (x >> 3) % 3 === 0 && (y >> 3) % 2 === 0 ? 40 : 180;
      data.fill(v, (y * size.width + x) * 3, (y * size.width + x) * 3 + 3);
    }
  }
  return data;
}

function page(quad: Quad): ReadPage {
  return {
    side: 'front',
    source: { side: 'front', width: 1000, height: 704 } as ReadPage['source'],
    quad,
    size,
    page: { width: size.width, height: size.height, data: pageImage() },
    upright: true,
    via: 'mrz',
    mrz: null,
    mrzZone: null,
    mrzCharHeightPx: null,
  };
}

const probe = (quad: Quad): SizeProbe => ({ id: 'quality.mrzSize', heightPx: 30, zone: quad, threshold: 10, message: 'small' });
const glare = (quad: Quad): string => qualityChecks(page(quad), probe(quad), policy).find((c) => c.id === 'quality.glare')!.status;

test('the white a page estimated past the frame is filled with is not glare; the same white inside the frame is', () => {
  // The page's top tenth (the white rows) lies above the image.
  assert.equal(glare([[0, -70], [1000, -70], [1000, 634], [0, 634]]), 'pass');
  // The whole page in the image: those rows are a clipped highlight on it.
  assert.equal(glare([[0, 0], [1000, 0], [1000, 704], [0, 704]]), 'warn');
});

test('an unsupported document reports its pages\' blur, glare and exposure beside UnsupportedDocument', () => {
  const checks = unsupportedChecks([page([[0, 0], [1000, 0], [1000, 704], [0, 704]])], policy);
  assert.deepEqual(checks.map((c) => c.id), ['document.supported', 'quality.blur', 'quality.glare', 'quality.dark', 'quality.bright']);
  assert.equal(checks[0]!.warn, 'UnsupportedDocument');
  // The white rows are a highlight on this page.
  assert.equal(checks.find((c) => c.id === 'quality.glare')!.status, 'warn');
});
