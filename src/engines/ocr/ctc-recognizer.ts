// PP-OCRv4 line recognition on onnxruntime: each quad is cropped upright at the network's height of 48 px
// (width by its aspect ratio, as PaddleOCR's resize_norm_img), lines are sorted by width and run in batches of
// lines of nearly one width, padded to the widest line of the batch, and each output row is CTC-decoded.

import * as ort from 'onnxruntime-node';
import { ctcDecode, type CtcDictionary } from './ctc-decode.js';
import { growRect, minAreaRect, quadSize, rectCorners, type Quad } from './geometry.js';
import type { RecognizedText } from './ocr-engine.js';
import { assertPixelImage, type PixelImage } from './pixel-image.js';
import { warpQuad } from './warp-quad.js';

const LINE_HEIGHT = 48;
/** A line wider than 120 heights (far beyond a 44-character MRZ line) is squeezed to this width. */
const MAX_LINE_WIDTH = LINE_HEIGHT * 120;
/** Most padded pixels of width in one batch (lines × widest): past about 2,500 px a pass gains nothing per line. */
const MAX_BATCH_WIDTH = 2560;

export interface RecognizerOptions {
  /** Most lines per forward pass (PaddleOCR rec_batch_num is 6). */
  batchSize: number;
  /**
   * Widest line of a batch over its narrowest: lines further apart go to separate passes. Padding costs as much
   * as the line it widens, so a batch only pays while its lines are nearly one width (widthBatches).
   */
  maxWidthRatio: number;
  /** Crop width factor over the line's own aspect (RecognizeOptions.stretch). */
  stretch: number;
}

/** PaddleOCR turns crops at least 1.5 times taller than wide by 90° counter-clockwise before reading. */
function uprightQuad(quad: Quad): Quad {
  const { width, height } = quadSize(quad);
  return height >= 1.5 * width ? [quad[1], quad[2], quad[3], quad[0]] : quad;
}

interface LineCrop {
  index: number;
  pixels: PixelImage;
}

/**
 * A box narrower than GLYPH_BOX_WIDTH heights and not taller than LONE_GLYPH_HEIGHT widths holds one glyph, which
 * the detector's box hugs: it is read upright (a lone glyph is taller than wide, and turned as a vertical line it
 * reads as nothing) with GLYPH_MARGIN of its height added on every side. The recogniser learnt lines with paper
 * round them: a rendered `F` in its own 9 × 16 px box reads `E`, a studio UMID's `F` in its 11 × 12 px box `B`
 * (0.47); with this margin both read `F` (0.94–0.97). Wider boxes keep their own bounds: a margin there takes in
 * the caption above a short value (`PHL`, `女F`).
 */
const GLYPH_BOX_WIDTH = 1.5;
const LONE_GLYPH_HEIGHT = 2.5;
const GLYPH_MARGIN = 0.3;

function cropLine(image: PixelImage, quad: Quad, index: number, stretch: number): LineCrop {
  const own = quadSize(quad);
  const loneGlyph = own.width < GLYPH_BOX_WIDTH * own.height && own.height < LONE_GLYPH_HEIGHT * own.width;
  const upright = loneGlyph ? rectCorners(growRect(minAreaRect(quad), GLYPH_MARGIN * own.height)) : uprightQuad(quad);
  const { width, height } = quadSize(upright);
  const w = Math.max(8, Math.min(MAX_LINE_WIDTH, Math.round((stretch * LINE_HEIGHT * width) / Math.max(1, height))));
  return { index, pixels: warpQuad(image, upright, w, LINE_HEIGHT) };
}

/**
 * BGR planes scaled to [-1, 1] (PaddleOCR: (x / 255 - 0.5) / 0.5). A line narrower than its batch is padded with
 * its own last column, not PaddleOCR's mid-grey zeros: the recogniser mixes features along the whole row, and a
 * grey block after the text changed readings of a line next to one read alone (an Indonesian licence's name),
 * where blank paper like the line's own does not.
 */
function batchTensor(crops: readonly LineCrop[], width: number): ort.Tensor {
  const plane = LINE_HEIGHT * width;
  const data = new Float32Array(crops.length * 3 * plane);
  crops.forEach((crop, n) => {
    const { pixels } = crop;
    const ch = pixels.channels;
    const base = n * 3 * plane;
    for (let y = 0; y < LINE_HEIGHT; y++) {
      for (let x = 0; x < pixels.width; x++) {
        const i = (y * pixels.width + x) * ch;
        const r = pixels.data[i]!;
        const g = ch === 1 ? r : pixels.data[i + 1]!;
        const b = ch === 1 ? r : pixels.data[i + 2]!;
        const o = y * width + x;
        data[base + o] = b / 127.5 - 1;
        data[base + plane + o] = g / 127.5 - 1;
        data[base + 2 * plane + o] = r / 127.5 - 1;
      }
      const row = y * width;
      const last = row + pixels.width - 1;
      for (let c = 0; c < 3; c++) data.fill(data[base + c * plane + last]!, base + c * plane + last + 1, base + c * plane + row + width);
    }
  });
  return new ort.Tensor('float32', data, [crops.length, 3, LINE_HEIGHT, width]);
}

/**
 * Crops sorted by width, cut into runs of at most `size` whose widest is at most `ratio` times the narrowest.
 * Measured on this 2-core machine (PP-OCRv4 rec, 2 threads): one 320 px line takes 18.7 ms, two in one pass
 * 31.6 ms, eight 102 ms; 160 px lines 13.9 ms alone, 7.7 ms each in eights; 640 px lines gain less (31.8 →
 * 27.0 ms a line in pairs) and lose in eights, so a batch's pixels are bounded too.
 */
export function widthBatches<T extends { pixels: { width: number } }>(sorted: readonly T[], size: number, ratio: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  for (const crop of sorted) {
    const first = current[0];
    const full = current.length >= size || (first !== undefined && (crop.pixels.width > ratio * first.pixels.width || (current.length + 1) * crop.pixels.width > MAX_BATCH_WIDTH));
    if (full) {
      batches.push(current);
      current = [];
    }
    current.push(crop);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function runCtcRecognizer(
  session: ort.InferenceSession,
  dictionary: CtcDictionary,
  image: PixelImage,
  quads: readonly Quad[],
  options: RecognizerOptions,
): Promise<RecognizedText[]> {
  assertPixelImage(image);
  const crops = quads.map((q, i) => cropLine(image, q, i, options.stretch)).sort((a, b) => a.pixels.width - b.pixels.width);
  const results: RecognizedText[] = new Array<RecognizedText>(quads.length);
  for (const batch of widthBatches(crops, options.batchSize, options.maxWidthRatio)) {
    const width = batch[batch.length - 1]!.pixels.width;
    const feeds = { [session.inputNames[0]!]: batchTensor(batch, width) };
    const output = (await session.run(feeds))[session.outputNames[0]!]!;
    const [, steps = 0, classCount = 0] = output.dims;
    const probs = output.data as Float32Array;
    batch.forEach((crop, n) => {
      const own = Math.ceil((steps * crop.pixels.width) / width);
      results[crop.index] = ctcDecode({ probs, offset: n * steps * classCount, steps: own, classCount }, dictionary);
    });
  }
  return results;
}
