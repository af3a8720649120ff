// PP-OCRv4 line recognition on onnxruntime: each quad is cropped upright at the network's height of 48 px
// (width by its aspect ratio, as PaddleOCR's resize_norm_img), lines are sorted by width and run in batches
// padded to the widest line of the batch, and each output row is CTC-decoded.

import * as ort from 'onnxruntime-node';
import { ctcDecode, type CtcDictionary } from './ctc-decode.js';
import { quadSize, type Quad } from './geometry.js';
import type { RecognizedText } from './ocr-engine.js';
import { assertPixelImage, type PixelImage } from './pixel-image.js';
import { warpQuad } from './warp-quad.js';

const LINE_HEIGHT = 48;
/** A line wider than 120 heights (far beyond a 44-character MRZ line) is squeezed to this width. */
const MAX_LINE_WIDTH = LINE_HEIGHT * 120;

export interface RecognizerOptions {
  /** Lines per forward pass (PaddleOCR rec_batch_num is 6). */
  batchSize: number;
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

function cropLine(image: PixelImage, quad: Quad, index: number, stretch: number): LineCrop {
  const upright = uprightQuad(quad);
  const { width, height } = quadSize(upright);
  const w = Math.max(8, Math.min(MAX_LINE_WIDTH, Math.round((stretch * LINE_HEIGHT * width) / Math.max(1, height))));
  return { index, pixels: warpQuad(image, upright, w, LINE_HEIGHT) };
}

/** BGR planes scaled to [-1, 1] (PaddleOCR: (x / 255 - 0.5) / 0.5); padding stays 0. */
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
    }
  });
  return new ort.Tensor('float32', data, [crops.length, 3, LINE_HEIGHT, width]);
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
  for (let start = 0; start < crops.length; start += options.batchSize) {
    const batch = crops.slice(start, start + options.batchSize);
    const width = Math.max(...batch.map((c) => c.pixels.width));
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
