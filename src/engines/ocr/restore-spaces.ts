import type { Quad } from './geometry.js';
import type { RecognizedText } from './ocr-engine.js';
import type { PixelImage } from './pixel-image.js';

/**
 * Spaces the recogniser swallowed, put back from the ink of the line itself. PP-OCR's recogniser often reads
 * `PRIYA A/P RAMASAMY` as `PRIYAA/PRAMASAMY` on tightly set card fonts (engine-notes.md: "it drops some spaces
 * between words"), and its CTC steps (one per 8 px at a 48 px line height) are too coarse to tell a word gap from a
 * wide letter. Printed text is: between letters of a word the ink leaves a gap of a few hundredths of an em, between
 * words about a quarter of an em. So the line's columns are scanned for ink (Otsu threshold within the line) and a
 * run of empty columns at least `WORD_GAP` line heights wide is a word gap; a space goes between the two recognised
 * characters whose centres straddle it.
 *
 * Only between two Latin letters, digits or Latin punctuation: Chinese and Thai are set without spaces, and the MRZ
 * reader (fixed pitch, no spaces) never calls this.
 */
const WORD_GAP = 0.24;
const DIGIT_GAP = 0.45;
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

/** Runs of empty columns (0–1 along the line, widths in line heights) wider than `WORD_GAP`, in an axis-aligned box. */
export function wordGaps(image: PixelImage, quad: Quad): InkGap[] {
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
    if (runStart >= 0 && x - runStart >= WORD_GAP * height) gaps.push({ at: (runStart + x) / 2 / width, width: (x - runStart) / height });
    runStart = -1;
  }
  return gaps;
}

export function restoreSpaces(reading: RecognizedText, image: PixelImage, quad: Quad): RecognizedText {
  const { chars } = reading;
  if (chars.length < 2) return reading;
  const gaps = wordGaps(image, quad);
  if (gaps.length === 0) return reading;
  const out: RecognizedText['chars'] = [chars[0]!];
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1]!;
    const here = chars[i]!;
    // Digits are set on a fixed pitch, so a narrow `1` leaves a gap as wide as a word space: between two digits
    // only a wider gap counts (the groups of `0719 1131 2773` are set apart by a full digit's width).
    const needed = DIGIT.test(before.char) && DIGIT.test(here.char) ? DIGIT_GAP : WORD_GAP;
    const straddled = gaps.some((g) => before.x < g.at && g.at < here.x && g.width >= needed);
    if (straddled && before.char !== ' ' && here.char !== ' ' && LATIN.test(before.char) && LATIN.test(here.char)) {
      out.push({ char: ' ', confidence: Math.min(before.confidence, here.confidence), x: (before.x + here.x) / 2 });
    }
    out.push(here);
  }
  if (out.length === chars.length) return reading;
  return { ...reading, text: out.map((c) => c.char).join(''), chars: out };
}
