// Where the printed characters of one text line sit inside its crop: an Otsu threshold separates ink from
// paper, the row profile gives the band between the tallest glyphs' tops and the baseline, and the column
// profile inside that band gives the first and last inked columns. Neighbouring lines that reach into the crop
// are cut off by the blank rows between them and the band.

export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface InkBand {
  threshold: number;
  /** First and last inked rows of the band (inclusive). */
  top: number;
  bottom: number;
  /** First and last inked columns inside the band (inclusive). */
  left: number;
  right: number;
}

/** Otsu's threshold: the grey level that maximises the between-class variance of the histogram. */
export function otsuThreshold(data: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of data) hist[v]!++;
  const total = data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let weightBelow = 0, sumBelow = 0, best = 0, threshold = 127;
  for (let t = 0; t < 256; t++) {
    weightBelow += hist[t]!;
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += t * hist[t]!;
    const diff = sumBelow / weightBelow - (sumAll - sumBelow) / weightAbove;
    const between = weightBelow * weightAbove * diff * diff;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Share of the fullest row's ink a row needs to belong to the band. */
const ROW_SHARE = 0.12;

/** The ink band, or null when the crop holds no usable ink. `columns` limits the column search. */
export function findInkBand(image: GreyImage, columns: { from: number; to: number } = { from: 0, to: image.width }): InkBand | null {
  const { width, height, data } = image;
  const threshold = otsuThreshold(data);
  const rows = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let count = 0;
    for (let x = columns.from; x < columns.to; x++) if (data[y * width + x]! <= threshold) count++;
    rows[y] = count;
  }
  // The band is the run of well-inked rows with the most ink (a neighbouring line's edge is a smaller run).
  const max = Math.max(...rows);
  if (max === 0) return null;
  let best: { top: number; bottom: number; ink: number } | null = null;
  for (let y = 0; y < height; ) {
    if (rows[y]! < max * ROW_SHARE) {
      y++;
      continue;
    }
    let ink = 0;
    const top = y;
    while (y < height && rows[y]! >= max * ROW_SHARE) ink += rows[y++]!;
    if (!best || ink > best.ink) best = { top, bottom: y - 1, ink };
  }
  if (!best) return null;
  // A column counts when at least two of its band pixels are ink (a lone speck is noise), unless its ink runs
  // unbroken from the top of the crop to the bottom: that is a page edge or frame line, not a glyph.
  const inked = (x: number): boolean => {
    let count = 0;
    for (let y = best.top; y <= best.bottom; y++) if (data[y * width + x]! <= threshold) count++;
    if (count < 2) return false;
    for (let y = 0; y < height; y++) if (data[y * width + x]! > threshold) return true;
    return false;
  };
  let left = columns.from;
  while (left < columns.to && !inked(left)) left++;
  let right = columns.to - 1;
  while (right > left && !inked(right)) right--;
  if (right <= left) return null;
  return { threshold, top: best.top, bottom: best.bottom, left, right };
}
