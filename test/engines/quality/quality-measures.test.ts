import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp, { type Sharp } from 'sharp';
import { measureBlur } from '../../../src/engines/quality/measure-blur.js';
import { measureExposure } from '../../../src/engines/quality/measure-exposure.js';
import { measureGlare } from '../../../src/engines/quality/measure-glare.js';
import { measureSize } from '../../../src/engines/quality/measure-size.js';
import type { RgbImage } from '../../../src/engines/vision/rgb-image.js';
import { renderCard } from '../vision/render-scene.js';

async function edit(image: RgbImage, change: (s: Sharp) => Sharp): Promise<RgbImage> {
  const { data, info } = await change(sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } }))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

test('blur: the score grows with the blur and does not depend on resolution', async () => {
  const card = await renderCard({ width: 1000, height: 630 });
  const sharpScore = measureBlur(card).score;
  const soft = measureBlur(await edit(card, (s) => s.blur(1.5))).score;
  const softer = measureBlur(await edit(card, (s) => s.blur(3))).score;
  assert.ok(sharpScore < soft && soft < softer, `${sharpScore} < ${soft} < ${softer}`);
  // Gaussian σ is recovered roughly (the measure's claim): within a factor of 1.5 at σ = 3.
  assert.ok(softer > 2 && softer < 4.5, `σ 3 measured as ${softer}`);
  // The same soft card drawn at twice the size: compared at the reference size, it is just as blurred.
  const big = await renderCard({ width: 2000, height: 1260 });
  const bigSoft = measureBlur(await edit(big, (s) => s.blur(3))).score;
  assert.ok(Math.abs(bigSoft - soft) / soft < 0.35, `2000 px at σ 3 (${bigSoft}) ≈ 1000 px at σ 1.5 (${soft})`);
  // A featureless region has nothing to judge: reported as fully blurred.
  const flat: RgbImage = { width: 50, height: 50, data: new Uint8Array(50 * 50 * 3).fill(200) };
  assert.equal(measureBlur(flat).values.edgePixels, 0);
});

test('glare: a clipped highlight is measured and located; white paper in a flat scan is not glare', async () => {
  const card = await renderCard({ width: 1000, height: 630 });
  assert.equal(measureGlare(card).score, 0);
  const spot = Buffer.from('<svg width="1000" height="630"><ellipse cx="700" cy="300" rx="120" ry="70" fill="#ffffff"/></svg>');
  const glared = await edit(card, (s) => s.composite([{ input: spot }]));
  const glare = measureGlare(glared);
  assert.ok(glare.score > 0.03 && glare.score < 0.06, `share ${glare.score} ≈ π·120·70 / 630 000`);
  assert.ok(Math.abs(glare.region.x - 580) <= 3 && Math.abs(glare.region.y - 230) <= 3, JSON.stringify(glare.region));
  assert.ok(Math.abs(glare.region.width - 240) <= 4 && Math.abs(glare.region.height - 140) <= 4);
  const scan = await renderCard({ width: 1000, height: 630, base: '#ffffff' });
  assert.ok(measureGlare(scan).score < 0.001, 'a white card base sits at the median: not a highlight');
  // Measured only inside the given region.
  assert.equal(measureGlare(glared, { x: 0, y: 0, width: 400, height: 630 }).score, 0);
});

test('exposure: mean luma with dark and bright shares', async () => {
  const card = await renderCard({ width: 800, height: 504 });
  const normal = measureExposure(card);
  const dark = measureExposure(await edit(card, (s) => s.linear(0.08, 0)));
  const bright = measureExposure(await edit(card, (s) => s.linear(1.3, 60)));
  assert.ok(dark.score < 45 && normal.score > 150 && normal.score < 200 && bright.score > 215, `${dark.score} / ${normal.score} / ${bright.score}`);
  assert.ok((dark.values.darkShare ?? 0) > 0.9);
  assert.ok((bright.values.brightShare ?? 0) > 0.6, `bright share ${bright.values.brightShare}`);
  assert.ok((normal.values.brightShare ?? 1) < 0.05);
  assert.deepEqual(normal.region, { x: 0, y: 0, width: 800, height: 504 });
});

test('size: character height is the score, the document quad adds its resolution', () => {
  const size = measureSize({
    charHeightPx: 17.46,
    textRegion: { x: 40, y: 700, width: 900, height: 80 },
    documentQuad: [[0, 0], [1250, 0], [1250, 880], [0, 880]],
  });
  assert.equal(size.score, 17.5);
  assert.deepEqual(size.region, { x: 40, y: 700, width: 900, height: 80 });
  assert.equal(size.values.documentShortSidePx, 880);
  assert.equal(size.values.documentLongSidePx, 1250);
});

test('blur: a motion blur along one direction, and a blur under sensor noise, still measure as blurred', async () => {
  const card = await renderCard({ width: 1000, height: 630 });
  const sharpScore = measureBlur(card).score;
  // Camera shake straight down: every vertical stroke stays crisp across, every horizontal one smears.
  const shaken = measureBlur(await edit(card, (s) => s.convolve({ width: 3, height: 13, kernel: Array.from({ length: 39 }, (_, i) => (i % 3 === 1 ? 1 : 0)) }))).score;
  assert.ok(shaken > 2.5 && shaken > 3 * sharpScore, `motion blur measured ${shaken} (sharp ${sharpScore})`);
  // Grain added after a σ 3 blur: noise has large second derivatives beside small first ones.
  const noisy = async (image: RgbImage): Promise<RgbImage> => {
    const data = Uint8Array.from(image.data);
    let seed = 7;
    for (let i = 0; i < data.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      data[i] = Math.max(0, Math.min(255, data[i]! + ((seed % 13) - 6)));
    }
    return { ...image, data };
  };
  const grainySoft = measureBlur(await noisy(await edit(card, (s) => s.blur(3)))).score;
  const grainySharp = measureBlur(await noisy(card)).score;
  assert.ok(grainySoft > 2 && grainySoft > 2 * grainySharp, `σ 3 with grain measured ${grainySoft} (sharp with grain ${grainySharp})`);
});
