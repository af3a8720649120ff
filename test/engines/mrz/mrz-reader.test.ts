import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMrzReader, type MrzReader } from '../../../src/engines/mrz/mrz-reader.js';
import { renderOcrbTemplates, type GlyphTemplates } from '../../../src/engines/mrz/ocrb-templates.js';
import { quadBounds } from '../../../src/engines/ocr/geometry.js';
import type { OcrEngine, RecognizedText } from '../../../src/engines/ocr/ocr-engine.js';
import { createPaddleOcr } from '../../../src/engines/ocr/paddle-ocr.js';
import { TEST_SANS, renderTextPage, toPixels } from '../ocr/render-text.js';
import { renderMrzPage } from './render-mrz.js';

// ICAO 9303 specimens (the fictional state of Utopia): part 4 TD3, part 5 TD1, part 6 TD2, part 7 MRV-A.
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
const MRVA = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'];
const TODAY = '2025-06-01';
/** A camera's view of the page: slightly turned, soft, JPEG-compressed. */
const DEGRADED = { rotate: 2.5, blur: 1.1, jpegQuality: 45 };

let ocr: OcrEngine;
let templates: GlyphTemplates;
let reader: MrzReader;

before(async () => {
  ocr = await createPaddleOcr();
  templates = renderOcrbTemplates();
  reader = createMrzReader({ ocr, templates });
});
after(async () => {
  await ocr.release();
});

/** The OCR engine with one misread forced: in the line that starts `prefix`, column `col` reads `as`. */
function misreading(engine: OcrEngine, prefix: string, col: number, as: string): OcrEngine {
  const corrupt = (t: RecognizedText): RecognizedText => {
    const compact = t.chars.filter((c) => c.char.trim() !== '');
    if (!compact.map((c) => c.char).join('').startsWith(prefix) || compact.length <= col) return t;
    const chars = compact.map((c, i) => (i === col ? { ...c, char: as, confidence: 0.62 } : c));
    return { ...t, chars, text: chars.map((c) => c.char).join('') };
  };
  return { ...engine, recognize: async (image, lines) => (await engine.recognize(image, lines)).map(corrupt) };
}

for (const [name, mrz] of [['TD3', TD3], ['TD1', TD1], ['TD2', TD2], ['MRV-A', MRVA]] as const) {
  test(`${name}: a clean render reads exactly, every check digit valid`, async () => {
    const reading = await reader.read(await toPixels(renderMrzPage(mrz).png), { today: TODAY });
    assert.ok(reading, 'zone found');
    assert.deepEqual(reading.lines, mrz);
    assert.equal(reading.parse.valid, true);
    assert.equal(reading.readers.length, mrz.length);
  });
}

test('TD3 photographed (turned, blurred, JPEG) still reads exactly', async () => {
  const reading = await reader.read(await toPixels(renderMrzPage(TD3).png, DEGRADED), { today: TODAY });
  assert.deepEqual(reading?.lines, TD3);
});

test('box and character height describe the zone in image pixels', async () => {
  const { png, zoneTop, zoneLeft } = renderMrzPage(TD3, { pitch: 24 });
  const reading = await reader.read(await toPixels(png), { today: TODAY });
  assert.ok(reading);
  const box = quadBounds(reading.box);
  assert.ok(box.y >= zoneTop - 10 && box.x <= zoneLeft + 5 && box.x >= zoneLeft - 40, JSON.stringify(box));
  assert.ok(box.width >= 44 * 24 - 24 && box.width <= 44 * 24 + 80, `box width ${box.width}`);
  // OCR-B digits stand 0.77 em tall at an advance of 0.723 em: 24 px pitch → 25.6 px glyphs.
  assert.ok(Math.abs(reading.characterHeightPx - 25.6) <= 3, `character height ${reading.characterHeightPx}`);
});

test('a TD1 zone whose name line the OCR reads short is still read as three lines, not as a TD2 pair', async () => {
  // The recogniser drops a line's filler run on a soft photo (`WE1E1<<<<<<` for `WEISS<<JUELIA<<<…`).
  const short = (t: RecognizedText): RecognizedText => {
    const compact = t.chars.filter((c) => c.char.trim() !== '');
    if (!compact.map((c) => c.char).join('').startsWith('ERIK')) return t;
    const chars = [...compact.slice(0, 6), ...compact.slice(-5)];
    return { ...t, chars, text: chars.map((c) => c.char).join('') };
  };
  const shortReader = createMrzReader({ ocr: { ...ocr, recognize: async (image, lines) => (await ocr.recognize(image, lines)).map(short) }, templates });
  const reading = await shortReader.read(await toPixels(renderMrzPage(TD1).png), { today: TODAY });
  assert.equal(reading?.parse.format, 'TD1');
  assert.deepEqual(reading.lines, TD1);
  assert.ok(reading.readers[2]!.ocr.length < 20, 'the OCR did read the name line short');
});

test('an OCR `K` for a filler `<` on a degraded render: the template reader wins, and the choice is logged', async () => {
  const image = await toPixels(renderMrzPage(TD3).png, DEGRADED);
  const misread = createMrzReader({ ocr: misreading(ocr, 'P<', 30, 'K'), templates });
  const reading = await misread.read(image, { today: TODAY });
  assert.deepEqual(reading?.lines, TD3);
  assert.ok(reading.readers[0]!.ocr.charAt(30) === 'K', 'the OCR did read K');
  const choice = reading.choices.find((c) => c.line === 1 && c.columns.includes(30));
  assert.deepEqual(choice && { reader: choice.reader, ocr: choice.ocr, template: choice.template }, { reader: 'template', ocr: 'K', template: '<' });
});

test('an OCR `K` for a filler `<` without the second reader: the ICAO filler rule fixes it, logged', async () => {
  const image = await toPixels(renderMrzPage(TD3).png, DEGRADED);
  const ocrOnly = createMrzReader({ ocr: misreading(ocr, 'P<', 30, 'K'), templates: null });
  const reading = await ocrOnly.read(image, { today: TODAY });
  assert.ok(reading);
  assert.equal(reading.lines[0]!.charAt(30), '<');
  assert.ok(reading.corrections.some((c) => c.line === 1 && c.position === 30 && c.from === 'K' && c.to === '<' && c.reason === 'filler-rule'));
  assert.ok(reading.readers.every((r) => r.template === null));
});

test('an MRZ printed in another font: the template cells are unclear, the OCR wins and reads it exactly', async () => {
  const reading = await reader.read(await toPixels(renderMrzPage(TD3, { font: TEST_SANS }).png), { today: TODAY });
  assert.deepEqual(reading?.lines, TD3);
  assert.ok(reading.readers.every((r) => r.reader === 'ocr' || r.reader === 'agreed'), JSON.stringify(reading.readers));
});

test('an upside-down page is read, and its box is given in the upside-down image', async () => {
  const { png } = renderMrzPage(TD3);
  const image = await toPixels(png, { rotate: 180 });
  const reading = await reader.read(image, { today: TODAY });
  assert.deepEqual(reading?.lines, TD3);
  assert.ok(quadBounds(reading.box).y + quadBounds(reading.box).height < image.height / 2, 'the zone is now at the top');
});

test('a page without an MRZ gives null', async () => {
  const page = renderTextPage(900, 400, [
    { text: 'REPUBLIC OF NOWHERE', x: 40, y: 80, size: 40 },
    { text: 'Date of birth 12 MAR 1985 Sex F', x: 40, y: 200, size: 32 },
    { text: 'Date of expiry 11 MAR 2031 Authority CITY', x: 40, y: 280, size: 32 },
  ]);
  assert.equal(await reader.read(await toPixels(page)), null);
});

test('long lines of prose are read as candidates and reported, none with a filler; an MRZ line reports its fillers', async () => {
  // A card back's notice: two long stacked lines, as an MRZ would be.
  const prose = renderTextPage(1200, 300, [
    { text: 'This card does not by itself confer on the holder a right to', x: 20, y: 120, size: 30 },
    { text: 'remain in Hong Kong unless the holder is a permanent resident.', x: 20, y: 180, size: 30 },
  ]);
  const heard: string[] = [];
  assert.equal(await reader.read(await toPixels(prose), { onLineRead: (text) => heard.push(text) }), null);
  assert.ok(heard.length >= 2, `candidate lines read: ${heard.join(' | ')}`);
  assert.ok(heard.every((text) => !text.includes('<')), heard.join(' | '));
  const mrzHeard: string[] = [];
  assert.ok(await reader.read(await toPixels(renderMrzPage(TD3).png), { onLineRead: (text) => mrzHeard.push(text) }));
  assert.ok(mrzHeard.some((text) => text.includes('<<')), mrzHeard.join(' | '));
});

test('boxes passed in replace the detector: the same reading without a second detection; only boxes in the region count', async () => {
  const image = await toPixels(renderMrzPage(TD3).png);
  const boxes = (await ocr.detect(image)).map((b) => b.quad);
  let detections = 0;
  const counting: OcrEngine = { ...ocr, detect: async (img, opts) => (detections++, ocr.detect(img, opts)) };
  const shared = createMrzReader({ ocr: counting, templates });
  const reading = await shared.read(image, { boxes, today: TODAY });
  assert.equal(detections, 0);
  assert.deepEqual(reading?.lines, TD3);
  // A region above every box leaves none: no zone, and still no detection.
  const top = Math.min(...boxes.map((q) => quadBounds(q).y));
  const none = await shared.read(image, { boxes, region: { x: 0, y: 0, width: image.width, height: Math.max(1, top - 1) }, tryUpsideDown: false, today: TODAY });
  assert.equal(none, null);
  assert.equal(detections, 0);
});
