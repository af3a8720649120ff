// Normalised cross-correlation of the OCR-B glyph templates with one character cell of a line, searching a few
// pixels around where the cell is expected. Window statistics come from summed-area tables; templates are
// sparse (ocrb-templates.ts), so each correlation costs only the glyph's inked pixels.

import type { GlyphTemplates } from './ocrb-templates.js';

/** Offsets searched around the expected cell position, in template pixels. */
export const SEARCH_X = 3;
export const SEARCH_Y = 2;
/** Coarse offsets tried for every glyph; the best is then refined by one pixel each way (covers ±3 × ±2). */
const COARSE_X = [-2, 0, 2] as const;
const COARSE_Y = [-1, 1] as const;

export interface MatchWindow {
  data: Float32Array;
  width: number;
  height: number;
  /** Summed-area tables of the values and their squares, `(width + 1) × (height + 1)`. */
  sums: Float64Array;
  squares: Float64Array;
}

export function toWindow(data: Float32Array, width: number, height: number): MatchWindow {
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  const squares = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0, rowSq = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      row += v;
      rowSq += v * v;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
      squares[(y + 1) * stride + x + 1] = squares[y * stride + x + 1]! + rowSq;
    }
  }
  return { data, width, height, sums, squares };
}

/** Sum over the w×h rectangle at (x, y) of a summed-area table with row stride `stride`. */
function areaSum(table: Float64Array, stride: number, x: number, y: number, w: number, h: number): number {
  return table[(y + h) * stride + x + w]! - table[y * stride + x + w]! - table[(y + h) * stride + x]! + table[y * stride + x]!;
}

export interface CellMatch {
  /** Best correlation per glyph. */
  scores: Float64Array;
  /** Offset of the best glyph's best match from the expected position. */
  dx: number;
  dy: number;
}

/** Each glyph's inked pixels as offsets into the window (row stride of the window, not of the cell). */
export function windowOffsets(t: GlyphTemplates, width: number): Int32Array[] {
  return t.glyphs.map((g) => g.cells.map((i) => Math.floor(i / t.cellWidth) * width + (i % t.cellWidth)));
}

/**
 * Correlates every template with the window around (baseX, baseY). Each glyph is tried at a coarse grid of
 * offsets and refined around its best one (14 offsets instead of all 35), and each glyph finds its own best
 * position: a narrow `1` and a wide `M` settle differently in a cell that is a little off. The window's sum and
 * spread at each of the 35 offsets are computed once per cell and shared by all glyphs; this runs for every cell
 * of every MRZ line read, so its inner loops avoid per-glyph closures and temporary objects.
 */
export function matchCell(win: MatchWindow, offsets: readonly Int32Array[], baseX: number, baseY: number, t: GlyphTemplates): CellMatch {
  const { cellWidth: cw, cellHeight: ch } = t;
  const { data, width } = win;
  const n = cw * ch;
  const columns = 2 * SEARCH_X + 1;
  const rows = 2 * SEARCH_Y + 1;
  // Per offset (dx, dy) at index (dy + SEARCH_Y) × columns + dx + SEARCH_X: window sum and spread, NaN outside.
  const sums = new Float64Array(columns * rows);
  const spreads = new Float64Array(columns * rows).fill(Number.NaN);
  for (let dy = -SEARCH_Y; dy <= SEARCH_Y; dy++) {
    const y = baseY + dy;
    if (y < 0 || y + ch > win.height) continue;
    for (let dx = -SEARCH_X; dx <= SEARCH_X; dx++) {
      const x = baseX + dx;
      if (x < 0 || x + cw > width) continue;
      const sum = areaSum(win.sums, width + 1, x, y, cw, ch);
      const sumSq = areaSum(win.squares, width + 1, x, y, cw, ch);
      const k = (dy + SEARCH_Y) * columns + dx + SEARCH_X;
      sums[k] = sum;
      spreads[k] = Math.sqrt(Math.max(1e-9, sumSq - (sum * sum) / n));
    }
  }
  const scores = new Float64Array(t.glyphs.length).fill(-Infinity);
  let top = -Infinity, bestDx = 0, bestDy = 0;
  /** Correlation of glyph `g` at offset (dx, dy); NaN where the offset is outside the search or the window. */
  const correlate = (g: number, dx: number, dy: number): number => {
    if (Math.abs(dx) > SEARCH_X || Math.abs(dy) > SEARCH_Y) return Number.NaN;
    const k = (dy + SEARCH_Y) * columns + dx + SEARCH_X;
    const spread = spreads[k]!;
    if (Number.isNaN(spread)) return Number.NaN;
    const glyph = t.glyphs[g]!;
    const at = offsets[g]!;
    const ink = glyph.ink;
    const origin = (baseY + dy) * width + baseX + dx;
    let dot = 0;
    for (let i = 0; i < at.length; i++) dot += data[origin + at[i]!]! * ink[i]!;
    return (dot - glyph.mean * sums[k]!) / (spread * glyph.spread || 1e-9);
  };
  for (let g = 0; g < t.glyphs.length; g++) {
    let best = -Infinity, gx = 0, gy = 0;
    for (const dy of COARSE_Y) {
      for (const dx of COARSE_X) {
        const score = correlate(g, dx, dy);
        if (score > best) {
          best = score;
          gx = dx;
          gy = dy;
        }
      }
    }
    const cx = gx, cy = gy;
    for (let dy = cy - 1; dy <= cy + 1; dy++) {
      for (let dx = cx - 1; dx <= cx + 1; dx++) {
        if (dx === cx && dy === cy) continue;
        const score = correlate(g, dx, dy);
        if (score > best) {
          best = score;
          gx = dx;
          gy = dy;
        }
      }
    }
    scores[g] = best;
    if (best > top) {
      top = best;
      bestDx = gx;
      bestDy = gy;
    }
  }
  return { scores, dx: bestDx, dy: bestDy };
}
