import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import sharp from 'sharp';
import type { DetectedFace, FaceDetector } from '../../../src/engines/face/face-detector.js';
import { createHumanFaceDetector } from '../../../src/engines/face/human-face-detector.js';
import { portraitCrop, rankFaces } from '../../../src/engines/face/select-portrait.js';
import type { RgbImage } from '../../../src/engines/vision/rgb-image.js';
import { renderCard } from '../vision/render-scene.js';

// BlazeFace (Human, TensorFlow.js WebAssembly) loads once for the file. It finds the cartoon face drawn by
// render-scene.ts: these tests run the real model on a rendered card, not a stub.
let detector: FaceDetector;
before(async () => {
  detector = await createHumanFaceDetector();
});

async function turned(image: RgbImage, degrees: 180): Promise<RgbImage> {
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .rotate(degrees)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

// The rendered card's portrait frame: x 5–33 %, y 20–75 % of a 1000×630 card.
const frame = { x: 50, y: 126, width: 280, height: 347 };
const inside = (box: DetectedFace['box'], area: typeof frame): boolean =>
  box.x >= area.x - 10 && box.y >= area.y - 10 && box.x + box.width <= area.x + area.width + 10 && box.y + box.height <= area.y + area.height + 10;

test('finds the drawn portrait on a card and cuts an upright JPEG around it', async () => {
  const card = await renderCard({ width: 1000, height: 630, face: true });
  const result = await detector.detect(card);
  assert.ok(result.portrait, 'a portrait');
  const { face, cropBox, jpeg } = result.portrait;
  assert.equal(face.rotation, 0);
  assert.ok(face.score >= 0.5);
  assert.ok(inside(face.box, frame), `face box ${JSON.stringify(face.box)} inside the portrait frame`);
  assert.ok(cropBox.width > face.box.width && cropBox.height > face.box.height);
  const meta = await sharp(jpeg).metadata();
  assert.equal(meta.format, 'jpeg');
  assert.equal(meta.width, cropBox.width);
});

test('prefers the portrait over the smaller, paler ghost image', async () => {
  const card = await renderCard({ width: 1000, height: 630, face: true, ghost: true });
  const result = await detector.detect(card);
  assert.ok(result.portrait);
  assert.ok(inside(result.portrait.face.box, frame), 'the big portrait, not the ghost at the right');
});

test('a card upside down: the face is found after a half turn, reported in the input coordinates', async () => {
  const card = await turned(await renderCard({ width: 1000, height: 630, face: true }), 180);
  const result = await detector.detect(card);
  assert.ok(result.portrait);
  assert.equal(result.portrait.face.rotation, 180);
  const mirrored = { x: 1000 - frame.x - frame.width, y: 630 - frame.y - frame.height, width: frame.width, height: frame.height };
  assert.ok(inside(result.portrait.face.box, mirrored), `face box ${JSON.stringify(result.portrait.face.box)} at the bottom-right`);
});

test('no portrait on a card without a face', async () => {
  const result = await detector.detect(await renderCard({ width: 1000, height: 630 }));
  assert.equal(result.portrait, null);
});

test('rankFaces: confident before weak, then by area weighted by contrast', () => {
  const face = (score: number, size: number, contrast: number): DetectedFace => ({
    box: { x: 0, y: 0, width: size, height: size },
    score,
    contrast,
    rotation: 0,
    landmarks: [],
  });
  const ghost = face(0.9, 60, 0.07);
  const portrait = face(0.75, 200, 0.15);
  const weak = face(0.3, 400, 0.2);
  assert.deepEqual(rankFaces([ghost, weak, portrait]), [portrait, ghost, weak]);
});

test('portraitCrop: head and shoulders in 35:45 proportions, clamped to the image', () => {
  const crop = portraitCrop({ x: 100, y: 100, width: 100, height: 100 }, 1000, 1000);
  assert.deepEqual(crop, { x: 70, y: 50, width: 160, height: 206 });
  const edge = portraitCrop({ x: 0, y: 10, width: 100, height: 100 }, 1000, 1000);
  assert.equal(edge.x, 0);
  assert.equal(edge.y, 0);
});
