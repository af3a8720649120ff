// Document-like test renders with a machine-readable zone: a light page, a few visual-zone lines in Noto Sans
// (distractors for the zone finder) and the MRZ in OCR-B (the project's font, assets/fonts/ocr-b) at the bottom,
// at the ICAO proportions (pitch 2.54 mm, glyphs about 2.4 mm: part 3 §4.3).

import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { DEFAULT_OCRB_FONT } from '../../../src/engines/mrz/ocrb-templates.js';
import { TEST_SANS, drawLines, paper, registerTestSans } from '../ocr/render-text.js';

const OCRB_FAMILY = 'Engine Test OCR-B';
let registered = false;

function registerOcrb(): void {
  if (registered) return;
  if (!GlobalFonts.registerFromPath(DEFAULT_OCRB_FONT, OCRB_FAMILY)) throw new Error(`cannot load ${DEFAULT_OCRB_FONT}`);
  registered = true;
}

export interface MrzPageOptions {
  /** Character pitch of the MRZ in pixels (default 24). */
  pitch?: number;
  /** Font family of the MRZ (default OCR-B); a test of a non-OCR-B zone passes another. */
  font?: string;
}

/** Renders a page holding `mrz` at its bottom; returns PNG bytes and where the zone was drawn. */
export function renderMrzPage(mrz: readonly string[], options: MrzPageOptions = {}): { png: Buffer; zoneTop: number; zoneLeft: number; baselines: number[] } {
  registerTestSans();
  registerOcrb();
  const pitch = options.pitch ?? 24;
  const chars = mrz[0]!.length;
  const margin = Math.round(pitch * 2.5);
  const width = chars * pitch + 2 * margin;
  const lineSpacing = Math.round(pitch * 1.75);
  const visualHeight = Math.round(width * 0.42);
  const height = visualHeight + mrz.length * lineSpacing + margin;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  paper(ctx, width, height);
  // A portrait-like block and caption/value pairs, as on a data page.
  ctx.fillStyle = '#b9b4aa';
  ctx.fillRect(margin, margin, Math.round(width * 0.22), Math.round(visualHeight * 0.7));
  const x = margin + Math.round(width * 0.27);
  const size = Math.round(pitch * 0.8);
  drawLines(ctx, [
    { text: 'Surname / Nom', x, y: margin + size, size: Math.round(size * 0.6) },
    { text: 'ERIKSSON', x, y: margin + 2.2 * size, size },
    { text: 'Given names / Prénoms', x, y: margin + 3.4 * size, size: Math.round(size * 0.6) },
    { text: 'ANNA MARIA', x, y: margin + 4.6 * size, size },
    { text: 'Date of birth / Date de naissance', x, y: margin + 5.8 * size, size: Math.round(size * 0.6) },
    { text: '12 AUG / AOÛT 74', x, y: margin + 7 * size, size, font: TEST_SANS },
  ]);
  const family = options.font ?? OCRB_FAMILY;
  // OCR-B advance is 0.723 em: the font size that gives the wanted pitch.
  ctx.font = `${(pitch / 0.723).toFixed(2)}px "${family}"`;
  ctx.fillStyle = '#15151a';
  const zoneTop = visualHeight;
  const baselines = mrz.map((_, i) => zoneTop + (i + 1) * lineSpacing - Math.round(pitch * 0.5));
  mrz.forEach((line, i) => {
    const baseline = baselines[i]!;
    if (family === OCRB_FAMILY) {
      ctx.fillText(line, margin, baseline);
      return;
    }
    // Another font is drawn at the same fixed pitch, one character per cell, as an MRZ printer would.
    [...line].forEach((c, k) => ctx.fillText(c, margin + k * pitch, baseline));
  });
  return { png: canvas.toBuffer('image/png'), zoneTop, zoneLeft: margin, baselines };
}
