// The second MRZ reader: a fixed-pitch OCR-B template matcher. MRZ characters are printed in OCR-B at a fixed
// pitch (ICAO 9303 part 3 §4.3), so once the ink band of a line and its first and last inked columns are known,
// the line is `length` cells of one pitch. The crop is rescaled so that its pitch and glyph height equal the
// templates', then each cell is matched against every glyph by normalised cross-correlation, searching a few
// pixels around the expected position and carrying the offset found on to the next cell (slow drift from a
// slightly wrong pitch or skew). Engine-notes: it reads OCR-B lines very well and other fonts not at all, so every
// cell keeps its scores (best, lead over the runner-up, every glyph's) for the merge to judge it by.

import { warpQuad } from '../ocr/warp-quad.js';
import { findInkBand, type GreyImage } from './ink-band.js';
import { matchCell, SEARCH_X, SEARCH_Y, toWindow, windowOffsets } from './match-cell.js';
import { MRZ_CHARACTERS, type GlyphTemplates } from './ocrb-templates.js';

export interface TemplateLineReading {
  text: string;
  /** Per cell, the best correlation of every glyph (in MRZ_CHARACTERS order). */
  cellScores: Float64Array[];
  /** Best correlation per cell (−1 to 1). */
  scores: number[];
  /** Best minus second-best correlation per cell. */
  margins: number[];
  /** The second-best glyph per cell (' ' when the cell allowed only one). */
  runnersUp: string;
  meanScore: number;
  /** Centre of each cell, x in crop pixels. */
  cellCentres: number[];
  /** Height of the glyph band (baseline to top of the digits) in crop pixels. */
  charHeight: number;
}

const ANY = /^[A-Z0-9<]$/;

/** Reads `length` characters from a grey crop of one MRZ line; null when no ink band is found. */
export function readLineWithTemplates(
  crop: GreyImage,
  length: number,
  templates: GlyphTemplates,
  columns?: { from: number; to: number },
): TemplateLineReading | null {
  const band = findInkBand(crop, columns);
  if (!band || length < 2) return null;
  const t = templates;
  const inkSpan = (t.meanInkRight - t.meanInkLeft) / t.advance;
  const pitch = (band.right + 1 - band.left) / (length - 1 + inkSpan);
  const bodyHeight = band.bottom + 1 - band.top;
  if (pitch < 2 || bodyHeight < 4) return null;
  const sx = t.advance / pitch;
  const sy = t.bodyHeight / bodyHeight;
  // Source rectangle: the band with room for the padding, the search and one spare cell at each end.
  const marginX = (t.advance + SEARCH_X + t.meanInkLeft) / sx;
  const marginY = (t.padding + SEARCH_Y + 1) / sy;
  const x0 = band.left - marginX;
  const y0 = band.top - marginY;
  const x1 = band.right + 1 + marginX + t.advance / sx;
  const y1 = band.bottom + 1 + marginY;
  const outW = Math.round((x1 - x0) * sx);
  const outH = Math.round((y1 - y0) * sy);
  const scaled = warpQuad(
    { width: crop.width, height: crop.height, channels: 1, data: crop.data },
    [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }],
    outW,
    outH,
  );
  const win = toWindow(Float32Array.from(scaled.data, (v) => 255 - v), outW, outH);
  const offsets = windowOffsets(t, outW);
  const originX = (band.left - x0) * sx - t.meanInkLeft;
  const cellTop = (band.top - y0) * sy - t.padding;

  let driftX = 0, driftY = 0;
  const cellScores: Float64Array[] = [], cellCentres: number[] = [];
  for (let i = 0; i < length; i++) {
    const baseX = Math.round(originX + i * t.advance + driftX);
    const baseY = Math.round(cellTop + driftY);
    const match = matchCell(win, offsets, baseX, baseY, t);
    if (match.scores.every((v) => v === -Infinity)) return null;
    cellScores.push(match.scores);
    // Half of each offset carries on: enough to follow drift, not enough to wander on one poor cell.
    driftX += match.dx / 2;
    driftY += match.dy / 2;
    cellCentres.push(x0 + (baseX + match.dx + t.advance / 2) / sx);
  }
  return { ...decodeCells(cellScores, () => ANY), cellScores, cellCentres, charHeight: bodyHeight };
}

/** Best and second-best glyph per cell among the characters `allowed(col)` admits. */
function decodeCells(
  cellScores: readonly Float64Array[],
  allowed: (col: number) => RegExp,
): Pick<TemplateLineReading, 'text' | 'scores' | 'margins' | 'runnersUp' | 'meanScore'> {
  let text = '', runnersUp = '';
  const scores: number[] = [], margins: number[] = [];
  cellScores.forEach((glyphScores, col) => {
    const re = allowed(col);
    let best = -1, runnerUp = -1, first = -Infinity, second = -Infinity;
    glyphScores.forEach((score, g) => {
      if (!re.test(MRZ_CHARACTERS[g]!)) return;
      if (score > first) {
        [second, runnerUp] = [first, best];
        [first, best] = [score, g];
      } else if (score > second) {
        [second, runnerUp] = [score, g];
      }
    });
    text += best < 0 ? '<' : MRZ_CHARACTERS[best];
    runnersUp += runnerUp < 0 ? ' ' : MRZ_CHARACTERS[runnerUp];
    scores.push(first);
    margins.push(second === -Infinity ? 1 : first - second);
  });
  return { text, scores, margins, runnersUp, meanScore: scores.reduce((s, v) => s + v, 0) / Math.max(1, scores.length) };
}

/**
 * The reading redone with each cell limited to what its position may hold (letters in names, digits in dates):
 * reading under the field's grammar, not a correction: the best glyph among those allowed wins.
 */
export function constrainReading(reading: TemplateLineReading, allowed: (col: number) => RegExp): TemplateLineReading {
  return { ...reading, ...decodeCells(reading.cellScores, allowed) };
}
