// PP-OCRv4 text detection (DB) on onnxruntime: the image (or a region of it) is scaled so its longest side is
// `maxSide` (downscaled, or enlarged up to MAX_UPSCALE times), sides rounded to multiples of 32 (the network's stride), normalised as PaddleOCR's
// DetResizeForTest + NormalizeImage do (BGR order, ImageNet mean/std), and the probability map is turned into
// quads in the coordinates of the full image.

import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { DB_DEFAULTS, dbPostprocess } from './db-postprocess.js';
import { mapQuad, type Rect } from './geometry.js';
import type { DetectOptions, TextBox } from './ocr-engine.js';
import { assertPixelImage, type PixelImage } from './pixel-image.js';

/** PaddleOCR's det_limit_side_len for limit_type "max". */
export const DEFAULT_DETECTOR_MAX_SIDE = 960;

// PaddleOCR feeds OpenCV's BGR images; the mean/std are listed in that channel order.
const MEAN = [0.485, 0.456, 0.406] as const;
const STD = [0.229, 0.224, 0.225] as const;

function clipRegion(image: PixelImage, region: Rect | undefined): Rect {
  if (!region) return { x: 0, y: 0, width: image.width, height: image.height };
  const x = Math.max(0, Math.min(image.width - 1, Math.floor(region.x)));
  const y = Math.max(0, Math.min(image.height - 1, Math.floor(region.y)));
  const right = Math.max(x + 1, Math.min(image.width, Math.ceil(region.x + region.width)));
  const bottom = Math.max(y + 1, Math.min(image.height, Math.ceil(region.y + region.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * A small image is enlarged for the detector, up to this factor: DB finds no line in text a few pixels high (a
 * 480×360 photo of a passport, its MRZ glyphs 7 px tall, gave no box at all; enlarged twice, all four such
 * studio passports were read). Rectified pages and regions are cut at or above `maxSide` and are not affected.
 */
const MAX_UPSCALE = 2;

function inputSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(MAX_UPSCALE, maxSide / Math.max(width, height));
  const round32 = (v: number): number => Math.max(32, Math.round((v * scale) / 32) * 32);
  return { width: round32(width), height: round32(height) };
}

async function resizedPixels(image: PixelImage, area: Rect, size: { width: number; height: number }): Promise<Buffer> {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .extract({ left: area.x, top: area.y, width: area.width, height: area.height })
    .resize(size.width, size.height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer();
}

/** Each channel's normalised value per byte, computed once: the same floats as normalising pixel by pixel. */
const NORMALISED = [0, 1, 2].map((c) => Float32Array.from({ length: 256 }, (_, v) => (v / 255 - MEAN[c]!) / STD[c]!));

function toTensor(pixels: Buffer, width: number, height: number): ort.Tensor {
  const plane = width * height;
  const channels = pixels.length / plane;
  const input = new Float32Array(3 * plane);
  const [blue, green, red] = NORMALISED as [Float32Array, Float32Array, Float32Array];
  for (let i = 0, p = 0; i < plane; i++, p += channels) {
    const r = pixels[p]!;
    const g = channels === 1 ? r : pixels[p + 1]!;
    const b = channels === 1 ? r : pixels[p + 2]!;
    input[i] = blue[b]!;
    input[plane + i] = green[g]!;
    input[2 * plane + i] = red[r]!;
  }
  return new ort.Tensor('float32', input, [1, 3, height, width]);
}

export async function runDbDetector(session: ort.InferenceSession, image: PixelImage, options: DetectOptions = {}): Promise<TextBox[]> {
  assertPixelImage(image);
  const area = clipRegion(image, options.region);
  const size = inputSize(area.width, area.height, options.maxSide ?? DEFAULT_DETECTOR_MAX_SIDE);
  const pixels = await resizedPixels(image, area, size);
  const feeds = { [session.inputNames[0]!]: toTensor(pixels, size.width, size.height) };
  const output = (await session.run(feeds))[session.outputNames[0]!]!;
  const prob = output.data as Float32Array;
  const boxes = dbPostprocess(prob, size.width, size.height, { ...DB_DEFAULTS, boxThreshold: options.minScore ?? DB_DEFAULTS.boxThreshold });
  const sx = area.width / size.width;
  const sy = area.height / size.height;
  return boxes.map((b) => ({
    score: b.score,
    quad: mapQuad(b.quad, (p) => ({
      x: Math.min(image.width, Math.max(0, area.x + p.x * sx)),
      y: Math.min(image.height, Math.max(0, area.y + p.y * sy)),
    })),
  }));
}
