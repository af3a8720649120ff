// Glyph templates of the MRZ alphabet rendered from the OCR-B font (the MRZ typeface, ICAO 9303 part 3 §4.3)
// for the template reader. Each template is one character cell of the fixed pitch: pen origin at the cell's
// left edge, baseline `padding + bodyHeight` from its top. A template is kept as its inked pixels only (about a
// quarter of the cell) with its mean and spread over the whole cell: normalised cross-correlation needs no more
// (Σ(w−w̄)(t−t̄) = Σ w·t − t̄·Σ w, and t is 0 off the ink), which makes matching about four times cheaper.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';

export const MRZ_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

/** The OCR-B font committed with the project (assets/fonts/ocr-b, with its licence). */
export const DEFAULT_OCRB_FONT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'assets', 'fonts', 'ocr-b', 'OCRB.otf');

const FAMILY = 'CardVerify MRZ OCR-B';
const CALIBRATION_SIZE = 100;

export interface GlyphTemplates {
  characters: string;
  /** Pen advance (the fixed pitch), px. */
  advance: number;
  cellWidth: number;
  cellHeight: number;
  /** Rows between the cell top and the top of the tallest glyph; the same below the baseline. */
  padding: number;
  /** Baseline to the top of the tallest glyph (the digits), px. */
  bodyHeight: number;
  /** Mean left and right ink edges over the alphabet, px from the pen origin. */
  meanInkLeft: number;
  meanInkRight: number;
  /** One template per character, in MRZ_CHARACTERS order. */
  glyphs: Glyph[];
}

export interface Glyph {
  /** Row-major indices (`row × cellWidth + column`) of the cell's inked pixels. */
  cells: Int32Array;
  /** Ink (0 white to 1 black) at those pixels; every other pixel of the cell is 0. */
  ink: Float32Array;
  /** Mean ink over the whole cell. */
  mean: number;
  /** √Σ(t − mean)² over the whole cell. */
  spread: number;
}

let registeredFont: string | null = null;

function registerFont(path: string): void {
  if (registeredFont === path) return;
  if (!GlobalFonts.registerFromPath(path, FAMILY)) throw new Error(`cannot load the OCR-B font ${path}`);
  registeredFont = path;
}

interface Ink {
  left: number;
  right: number;
  top: number;
  bottom: number;
  pixels: Float32Array;
}

/** Renders `ch` black on white with the pen at (x0, baseline) and returns its ink (1 = black). */
function renderGlyph(ch: string, size: number, width: number, height: number, x0: number, baseline: number): Ink {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000000';
  ctx.font = `${size}px "${FAMILY}"`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(ch, x0, baseline);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const pixels = new Float32Array(width * height);
  let left = width, right = -1, top = height, bottom = -1;
  for (let i = 0; i < pixels.length; i++) {
    const ink = 1 - rgba[i * 4]! / 255;
    pixels[i] = ink;
    if (ink < 0.5) continue;
    const x = i % width;
    const y = (i - x) / width;
    left = Math.min(left, x);
    right = Math.max(right, x + 1);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y + 1);
  }
  return { left: left - x0, right: right - x0, top: baseline - top, bottom: bottom - baseline, pixels };
}

function toGlyph(pixels: Float32Array): Glyph {
  const mean = pixels.reduce((s, v) => s + v, 0) / pixels.length;
  const spread = Math.sqrt(pixels.reduce((s, v) => s + (v - mean) ** 2, 0));
  const inked = [...pixels.keys()].filter((i) => pixels[i]! > 0);
  return { cells: Int32Array.from(inked), ink: Float32Array.from(inked, (i) => pixels[i]!), mean, spread };
}

/** Renders the alphabet so that the tallest glyph is `bodyHeight` px above the baseline. */
export function renderOcrbTemplates(bodyHeight = 24, fontPath = DEFAULT_OCRB_FONT): GlyphTemplates {
  registerFont(fontPath);
  const probe = 2 * CALIBRATION_SIZE;
  const calibration = [...MRZ_CHARACTERS].map((c) => renderGlyph(c, CALIBRATION_SIZE, probe, probe, probe / 4, (probe * 3) / 4));
  const tallest = Math.max(...calibration.map((g) => g.top));
  const size = (CALIBRATION_SIZE * bodyHeight) / tallest;
  const ctx = createCanvas(1, 1).getContext('2d');
  ctx.font = `${size}px "${FAMILY}"`;
  const advance = ctx.measureText('0').width;
  const padding = Math.round(bodyHeight * 0.2);
  const cellWidth = Math.round(advance);
  const cellHeight = bodyHeight + 2 * padding;
  const glyphs = [...MRZ_CHARACTERS].map((c) => renderGlyph(c, size, cellWidth, cellHeight, 0, padding + bodyHeight));
  const mean = (f: (g: Ink) => number): number => glyphs.reduce((s, g) => s + f(g), 0) / glyphs.length;
  return {
    characters: MRZ_CHARACTERS,
    advance,
    cellWidth,
    cellHeight,
    padding,
    bodyHeight,
    meanInkLeft: mean((g) => g.left),
    meanInkRight: mean((g) => g.right),
    glyphs: glyphs.map((g) => toGlyph(g.pixels)),
  };
}
