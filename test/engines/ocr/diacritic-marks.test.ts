import assert from 'node:assert/strict';
import test from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { withDiacritics } from '../../../src/engines/ocr/diacritic-marks.js';
import type { Quad } from '../../../src/engines/ocr/geometry.js';
import type { RecognizedText } from '../../../src/engines/ocr/ocr-engine.js';
import type { PixelImage } from '../../../src/engines/ocr/pixel-image.js';
import { font, registerStudioFonts, STACK } from '../../../src/studio/fonts.js';

// Names printed as a data page prints them (Noto Sans, semi-bold, from npm: every machine renders the same), read
// back as the recogniser reads them, without their marks: each letter where the recogniser puts it (the centre of
// its advance), the box as the detector draws it (the text's height with a little margin). The real recogniser on
// studio photos is measured by the accuracy benchmark.

interface Printed {
  image: PixelImage;
  quad: Quad;
  reading: RecognizedText;
}

async function printed(name: string, options: { capPx?: number; blur?: number } = {}): Promise<Printed> {
  registerStudioFonts();
  const px = (options.capPx ?? 26) / 0.714; // Noto Sans capitals stand 0.714 em tall
  const canvas = createCanvas(900, 160);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f2efe6';
  ctx.fillRect(0, 0, 900, 160);
  // A caption above, as on a data page, and a guilloche line through the value's margin.
  ctx.fillStyle = '#55555f';
  ctx.font = font(px * 0.45, STACK.sans);
  ctx.fillText('Surname / Nom', 40, 50);
  ctx.strokeStyle = 'rgba(120,130,150,0.35)';
  ctx.beginPath();
  ctx.moveTo(0, 70);
  ctx.bezierCurveTo(300, 40, 600, 110, 900, 60);
  ctx.stroke();
  ctx.fillStyle = '#1d1d24';
  ctx.font = font(px, STACK.sans, 600);
  const baseline = 110;
  ctx.fillText(name, 40, baseline);
  const total = ctx.measureText(name).width;
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const chars = [...name].map((_, i) => {
    const before = ctx.measureText(name.slice(0, i)).width;
    const after = ctx.measureText(name.slice(0, i + 1)).width;
    return { char: plain[i]!, confidence: 0.97, x: ((before + after) / 2 + 4) / (total + 8) };
  });
  const cap = px * 0.714;
  const [top, bottom] = [baseline - cap * 1.35, baseline + cap * 0.3];
  const quad: Quad = [{ x: 36, y: top }, { x: 44 + total, y: top }, { x: 44 + total, y: bottom }, { x: 36, y: bottom }];
  let pipeline = sharp(await canvas.encode('png')).removeAlpha();
  if (options.blur !== undefined) pipeline = pipeline.blur(options.blur);
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { image: { width: info.width, height: info.height, channels: 3, data }, quad, reading: { text: plain, confidence: 0.97, chars } };
}

test('the marks printed over and under capitals are put back: acute, grave, circumflex, tilde, diaeresis, cedilla', async () => {
  for (const name of ['GARCÍA LÓPEZ', 'JOÃO', 'FRANÇOIS', 'LEFÈVRE', 'MÜNCHEN', 'MARTÍNEZ RUIZ', 'PEÑA', 'CÔTÉ', 'JÉRÔME']) {
    const { image, quad, reading } = await printed(name);
    assert.equal(withDiacritics(image, quad, reading), name, name);
  }
});

test('a blurred accent run into its letter is still found; blurred names without marks stay as read', async () => {
  // Blurred as a phone photo blurs a data page: the accents touch their capitals, an A's apex rises as a blob.
  for (const name of ['GARCÍA LÓPEZ', 'JOÃO', 'LEFÈVRE', 'ROMANIA', 'PABLO', 'SANTOS']) {
    const { image, quad, reading } = await printed(name, { capPx: 22, blur: 1.2 });
    assert.equal(withDiacritics(image, quad, reading), name, name);
  }
});

test('names without marks stay as read: an A\'s apex, round letters, a caption above, a guilloche', async () => {
  for (const name of ['ROMANIA', 'PABLO', 'SANTOS', 'DAAN DE VRIES', 'GIUSEPPE RUSSO']) {
    const { image, quad, reading } = await printed(name);
    assert.equal(withDiacritics(image, quad, reading), name, name);
  }
});

test('stacked Vietnamese marks never give a mark the letter does not carry: a tilde over a circumflex is no diaeresis', async () => {
  const nguyen = await printed('NGUYỄN');
  assert.equal(withDiacritics(nguyen.image, nguyen.quad, nguyen.reading), 'NGUYEN');
  // A grave fused with its circumflex leaves the circumflex at most (the printed `Ầ` carries one).
  const tran = await printed('TRẦN');
  assert.ok(['TRAN', 'TRÂN'].includes(withDiacritics(tran.image, tran.quad, tran.reading)));
});

test('lines that are not plain capitals, and lone letters, are left as read', async () => {
  const { image, quad, reading } = await printed('JOÃO');
  assert.equal(withDiacritics(image, quad, { ...reading, text: 'Joao', chars: reading.chars.map((c, i) => ({ ...c, char: 'Joao'[i]! })) }), 'Joao');
  const lone = await printed('Ã E');
  assert.equal(withDiacritics(lone.image, lone.quad, lone.reading), 'A E');
});
