// The second MRZ reader: a fixed-pitch OCR-B template matcher. MRZ characters are printed in OCR-B at a fixed
// pitch (ICAO 9303 part 3 §4.3), so once the ink band of a line and its first and last inked columns are known,
// the line is `length` cells of one pitch. The crop is rescaled so that its pitch and glyph height equal the
// templates', then each cell is matched against every glyph by normalised cross-correlation, searching a few
// pixels around the expected position and carrying the offset found on to the next cell (slow drift from a
// slightly wrong pitch or skew). Engine-notes: it reads OCR-B lines very well and other fonts not at all, so every
// cell keeps its scores (best, lead over the runner-up, every glyph's) for the merge to judge it by.

import { warpQuad } from '../ocr/warp-quad.js';
import { findInkBand, type GreyImage } from './ink-band.js';
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

const SEARCH_X = 3;
const SEARCH_Y = 2;
/** Coarse offsets tried for every glyph; the best is then refined by one pixel each way (covers ±3 × ±2). */
const COARSE_X = [-2, 0, 2] as const;
const COARSE_Y = [-1, 1] as const;
const ALL_GLYPHS: readonly number[] = [...MRZ_CHARACTERS].map((_, i) => i);
const ANY = /^[A-Z0-9<]$/;

interface Window {
  data: Float32Array;
  width: number;
  height: number;
}

interface CellMatch {
  /** Best correlation per glyph. */
  scores: Float64Array;
  /** Offset of the best glyph's best match from the expected position. */
  dx: number;
  dy: number;
}

/**
 * Correlates every template with the window around (baseX, baseY). Each glyph is tried at a coarse grid of
 * offsets and refined around its best one (14 offsets instead of all 35), and each glyph finds its own best
 * position: a narrow `1` and a wide `M` settle differently in a cell that is a little off.
 */
function matchCell(win: Window, baseX: number, baseY: number, t: GlyphTemplates): CellMatch {
  const { cellWidth: cw, cellHeight: ch } = t;
  const { data, width } = win;
  const inside = (dx: number, dy: number): boolean => {
    const x = baseX + dx;
    const y = baseY + dy;
    return Math.abs(dx) <= SEARCH_X && Math.abs(dy) <= SEARCH_Y && x >= 0 && y >= 0 && x + cw <= width && y + ch <= win.height;
  };
  const norms = new Map<number, number>();
  const norm = (dx: number, dy: number): number => {
    const key = dy * 16 + dx;
    let n = norms.get(key);
    if (n === undefined) {
      let sum = 0, sumSq = 0;
      for (let r = 0; r < ch; r++) {
        const row = (baseY + dy + r) * width + baseX + dx;
        for (let c = 0; c < cw; c++) {
          const v = data[row + c]!;
          sum += v;
          sumSq += v * v;
        }
      }
      n = Math.sqrt(Math.max(1e-9, sumSq - (sum * sum) / (cw * ch)));
      norms.set(key, n);
    }
    return n;
  };
  const correlate = (glyph: Float32Array, dx: number, dy: number): number => {
    let dot = 0;
    for (let r = 0, k = 0; r < ch; r++) {
      const row = (baseY + dy + r) * width + baseX + dx;
      for (let c = 0; c < cw; c++, k++) dot += data[row + c]! * glyph[k]!;
    }
    return dot / norm(dx, dy);
  };
  const scores = new Float64Array(t.glyphs.length).fill(-Infinity);
  let top = -Infinity, bestDx = 0, bestDy = 0;
  for (const g of ALL_GLYPHS) {
    const glyph = t.glyphs[g]!;
    let best = -Infinity, gx = 0, gy = 0;
    const consider = (dx: number, dy: number): void => {
      if (!inside(dx, dy)) return;
      const score = correlate(glyph, dx, dy);
      if (score > best) [best, gx, gy] = [score, dx, dy];
    };
    for (const dy of COARSE_Y) for (const dx of COARSE_X) consider(dx, dy);
    const [cx, cy] = [gx, gy];
    for (let dy = cy - 1; dy <= cy + 1; dy++) for (let dx = cx - 1; dx <= cx + 1; dx++) if (dx !== cx || dy !== cy) consider(dx, dy);
    scores[g] = best;
    if (best > top) [top, bestDx, bestDy] = [best, gx, gy];
  }
  return { scores, dx: bestDx, dy: bestDy };
}

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
  const win: Window = { data: Float32Array.from(scaled.data, (v) => 255 - v), width: outW, height: outH };
  const originX = (band.left - x0) * sx - t.meanInkLeft;
  const cellTop = (band.top - y0) * sy - t.padding;

  let driftX = 0, driftY = 0;
  const cellScores: Float64Array[] = [], cellCentres: number[] = [];
  for (let i = 0; i < length; i++) {
    const baseX = Math.round(originX + i * t.advance + driftX);
    const baseY = Math.round(cellTop + driftY);
    const match = matchCell(win, baseX, baseY, t);
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
