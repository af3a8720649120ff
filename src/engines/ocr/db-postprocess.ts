// Differentiable-binarisation (DB) post-processing as PaddleOCR's DBPostProcess does it: threshold the text
// probability map, take each connected region's minimum-area rectangle, drop weak or tiny regions, and grow
// ("unclip") the rectangle back to the whole text, since DB is trained on shrunk text kernels.
// A rectangle offset by d grows by d on every side; d = area × ratio / perimeter (Vatti offset, as PaddleOCR).

import { growRect, minAreaRect, rectCorners, type Point, type Quad } from './geometry.js';

export interface DbParams {
  /** Pixel threshold of the probability map (PaddleOCR thresh). */
  threshold: number;
  /** Minimum mean probability of a region (PaddleOCR box_thresh). */
  boxThreshold: number;
  /** PaddleOCR unclip_ratio. */
  unclipRatio: number;
  /** Regions whose short side is below this (map pixels) are noise (PaddleOCR min_size). */
  minSize: number;
  maxCandidates: number;
}

export const DB_DEFAULTS: DbParams = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSize: 3, maxCandidates: 1000 };

export interface DbBox {
  quad: Quad;
  score: number;
}

/** Boxes in probability-map coordinates (one map pixel = one detector input pixel). */
export function dbPostprocess(prob: Float32Array, width: number, height: number, params: DbParams = DB_DEFAULTS): DbBox[] {
  const labels = new Int32Array(width * height);
  const stack: number[] = [];
  const boxes: DbBox[] = [];
  let regions = 0;
  for (let start = 0; start < labels.length; start++) {
    if (labels[start] !== 0 || prob[start]! <= params.threshold) continue;
    if (++regions > params.maxCandidates) break;
    // 8-connected flood fill; boundary pixels feed the hull, all pixels feed the score.
    labels[start] = regions;
    stack.push(start);
    const boundary: Point[] = [];
    let sum = 0;
    let count = 0;
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      sum += prob[i]!;
      count++;
      let edge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if ((dx === 0 && dy === 0) || nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (prob[j]! <= params.threshold) {
            edge = true;
          } else if (labels[j] === 0) {
            labels[j] = regions;
            stack.push(j);
          }
        }
      }
      if (edge) boundary.push({ x, y });
    }
    const score = sum / count;
    if (score < params.boxThreshold) continue;
    // Pixel centres span one pixel less than the region's extent; count the whole pixels.
    const rect = growRect(minAreaRect(boundary), 0.5);
    if (Math.min(rect.width, rect.height) < params.minSize) continue;
    const d = (rect.width * rect.height * params.unclipRatio) / (2 * (rect.width + rect.height));
    const grown = growRect(rect, d);
    if (Math.min(grown.width, grown.height) < params.minSize + 2) continue;
    boxes.push({ quad: rectCorners(grown), score });
  }
  return boxes;
}
