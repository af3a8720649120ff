import type { Quad } from './geometry.js';
import type { RecognizedText } from './ocr-engine.js';
import type { PixelImage } from './pixel-image.js';

/**
 * Spaces the recogniser swallowed, put back from the ink of the line itself. PP-OCR's recogniser often reads
 * `PRIYA A/P RAMASAMY` as `PRIYAA/PRAMASAMY` on tightly set card fonts (engine-notes.md: "it drops some spaces
 * between words"), and its CTC steps (one per 8 px at a 48 px line height) are too coarse to tell a word gap from a
 * wide letter. Printed text is: the line's columns are scanned for ink (Otsu threshold within the line), every run of
 * empty columns is a gap, and a gap is a word gap when it stands out from the line's own letter gaps: at least
 * `RELATIVE` times the gap a third of the way up their sorted widths, and at least `MIN_WORD_GAP` line heights (or
 * `SURE_WORD_GAP` whatever the rest). A
 * space goes between the two recognised characters whose centres straddle it.
 *
 * Measured on studio cards, in line heights (box ≈ 1.3 em): Noto Sans bold (MyKad) letter gaps 0.03–0.30 (the widest
 * beside `I`, `T`, `M`), word gaps 0.38–0.61; a lighter address font (NRIC back) letter gaps 0.04–0.18, word gaps
 * 0.26–0.45. No absolute threshold separates both; relative to the line's typical letter gap (0.13 and 0.10) they do.
 *
 * Only between two Latin letters, digits or Latin punctuation: Chinese and Thai are set without spaces, and the MRZ
 * reader (fixed pitch, no spaces) never calls this.
 */
const RELATIVE = 2.4;
const MIN_WORD_GAP = 0.22;
const SURE_WORD_GAP = 0.5;
/** Between two digits (set on a fixed pitch, so a narrow `1` leaves a wide gap) only a wider gap counts. */
const DIGIT_GAP = 0.45;
/** Narrower runs of empty columns are anti-aliasing inside a glyph, not gaps. */
const MIN_GAP = 0.02;
const DIGIT = /\p{N}/u;
/** Rows near the box edges are ignored: they catch descenders and neighbouring lines. */
const EDGE_ROWS = 0.15;
const LATIN = /[\p{Script=Latin}\p{N}.,:;/()'&-]/u;

function luma(image: PixelImage, x: number, y: number): number {
  const i = (y * image.width + x) * image.channels;
  const d = image.data;
  return image.channels >= 3 ? (d[i]! * 299 + d[i + 1]! * 587 + d[i + 2]! * 114) / 1000 : d[i]!;
}

function otsu(values: readonly number[]): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of values) histogram[Math.max(0, Math.min(255, Math.round(v)))]!++;
  const total = values.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!;
  let sumB = 0;
  let weightB = 0;
  let best = 0;
  let threshold = 128;
  for (let i = 0; i < 256; i++) {
    weightB += histogram[i]!;
    if (weightB === 0) continue;
    const weightF = total - weightB;
    if (weightF === 0) break;
    sumB += i * histogram[i]!;
    const between = weightB * weightF * (sumB / weightB - (sum - sumB) / weightF) ** 2;
    if (between > best) {
      best = between;
      threshold = i;
    }
  }
  return threshold;
}

export interface InkGap {
  /** Centre, 0–1 along the line. */
  at: number;
  /** Width in line heights. */
  width: number;
}

/** Runs of empty columns between the first and last ink of an axis-aligned line box (0–1 along it, widths in line heights). */
export function inkGaps(image: PixelImage, quad: Quad, minWidth = MIN_GAP): InkGap[] {
  const x0 = Math.max(0, Math.floor(Math.min(quad[0].x, quad[3].x)));
  const x1 = Math.min(image.width, Math.ceil(Math.max(quad[1].x, quad[2].x)));
  const y0 = Math.max(0, Math.floor(Math.min(quad[0].y, quad[1].y)));
  const y1 = Math.min(image.height, Math.ceil(Math.max(quad[2].y, quad[3].y)));
  const width = x1 - x0;
  const height = y1 - y0;
  if (width < 4 || height < 4) return [];
  const top = y0 + Math.floor(height * EDGE_ROWS);
  const bottom = y1 - Math.floor(height * EDGE_ROWS);
  const samples: number[] = [];
  for (let y = top; y < bottom; y++) for (let x = x0; x < x1; x++) samples.push(luma(image, x, y));
  const threshold = otsu(samples);
  const rows = bottom - top;
  const ink: boolean[] = [];
  for (let x = 0; x < width; x++) {
    let dark = 0;
    // Otsu splits at `threshold`: values up to it are the dark class.
    for (let y = 0; y < rows; y++) if (samples[y * width + x]! <= threshold) dark++;
    // A column with a stray dot of background pattern still counts as empty.
    ink.push(dark > Math.max(1, rows * 0.04));
  }
  const first = ink.indexOf(true);
  const last = ink.lastIndexOf(true);
  const gaps: InkGap[] = [];
  let runStart = -1;
  for (let x = first; x <= last && first >= 0; x++) {
    if (!ink[x]) {
      if (runStart < 0) runStart = x;
      continue;
    }
    if (runStart >= 0 && x - runStart >= minWidth * height) gaps.push({ at: (runStart + x) / 2 / width, width: (x - runStart) / height });
    runStart = -1;
  }
  return gaps;
}

export function restoreSpaces(reading: RecognizedText, image: PixelImage, quad: Quad): RecognizedText {
  const { chars } = reading;
  if (chars.length < 2) return reading;
  const gaps = inkGaps(image, quad);
  if (gaps.length === 0) return reading;
  const widths = gaps.map((g) => g.width).sort((a, b) => a - b);
  // The lower third, not the median: an address line can hold one word gap for every three letter gaps.
  const letterGap = widths[Math.floor(widths.length / 3)]!;
  const wordGap = Math.min(SURE_WORD_GAP, Math.max(MIN_WORD_GAP, RELATIVE * letterGap));
  const out: RecognizedText['chars'] = [chars[0]!];
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1]!;
    const here = chars[i]!;
    const needed = DIGIT.test(before.char) && DIGIT.test(here.char) ? Math.max(DIGIT_GAP, wordGap) : wordGap;
    const straddled = gaps.some((g) => before.x < g.at && g.at < here.x && g.width >= needed);
    if (straddled && before.char !== ' ' && here.char !== ' ' && LATIN.test(before.char) && LATIN.test(here.char)) {
      out.push({ char: ' ', confidence: Math.min(before.confidence, here.confidence), x: (before.x + here.x) / 2 });
    }
    out.push(here);
  }
  if (out.length === chars.length) return reading;
  return { ...reading, text: out.map((c) => c.char).join(''), chars: out };
}
