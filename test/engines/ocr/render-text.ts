// Test images rendered at test time: Latin text lines in Noto Sans (from npm, so every machine renders the same),
// and helpers to degrade a render the way a camera does (rotation, blur, JPEG) and hand it to the engines as raw
// pixels.

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { PixelImage } from '../../../src/engines/ocr/pixel-image.js';

export const TEST_SANS = 'Engine Test Sans';

let registered = false;

export function registerTestSans(): void {
  if (registered) return;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans/package.json')), 'files');
  for (const file of readdirSync(dir).filter((f) => /-latin-standard-normal\.woff2$/.test(f))) {
    if (!GlobalFonts.registerFromPath(join(dir, file), TEST_SANS)) throw new Error(`cannot load ${file}`);
  }
  registered = true;
}

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  font?: string;
}

/** A light, slightly uneven paper background. */
export function paper(ctx: SKRSContext2D, width: number, height: number): void {
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#f4efe2');
  gradient.addColorStop(1, '#e6e9ee');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
}

export function drawLines(ctx: SKRSContext2D, lines: readonly TextLine[]): void {
  ctx.fillStyle = '#1d1d24';
  ctx.textBaseline = 'alphabetic';
  for (const l of lines) {
    ctx.font = `${l.size}px "${l.font ?? TEST_SANS}"`;
    ctx.fillText(l.text, l.x, l.y);
  }
}

/** Renders Latin lines on paper; returns PNG bytes. */
export function renderTextPage(width: number, height: number, lines: readonly TextLine[]): Buffer {
  registerTestSans();
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  paper(ctx, width, height);
  drawLines(ctx, lines);
  return canvas.toBuffer('image/png');
}

export interface Degradation {
  /** Degrees, clockwise. */
  rotate?: number;
  /** Gaussian sigma in pixels. */
  blur?: number;
  /** JPEG quality (1–100); absent: lossless. */
  jpegQuality?: number;
  /** Resize factor applied last (a smaller capture). */
  scale?: number;
}

/** Decodes an encoded image (after optional degradation) into 8-bit RGB pixels, as the pipeline's decoder does. */
export async function toPixels(encoded: Buffer, d: Degradation = {}): Promise<PixelImage> {
  let img = sharp(encoded);
  if (d.rotate) img = sharp(await img.rotate(d.rotate, { background: '#ece8df' }).png().toBuffer());
  if (d.blur) img = sharp(await img.blur(d.blur).png().toBuffer());
  if (d.scale) {
    const meta = await img.metadata();
    img = sharp(await img.resize(Math.round((meta.width ?? 1) * d.scale)).png().toBuffer());
  }
  if (d.jpegQuality) img = sharp(await img.jpeg({ quality: d.jpegQuality }).toBuffer());
  const { data, info } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels as 3, data };
}
