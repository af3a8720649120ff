// Diacritics the recogniser cannot give back. PP-OCR's dictionary lacks most accented capitals (`Í`, `Ã`, `Ö`,
// `Ç`, `Ñ`, `È`…) and the model seldom emits the few it has: `GARCÍA LÓPEZ` reads `GARCIA LOPEZ`. A printed name
// is reported as printed (decisions.md D12), so the marks are found in the image instead: ink standing clear above a
// capital (or below a `C`), within reach of that letter, is a mark, and its shape says which one.

import { quadBounds, type Quad } from './geometry.js';
import type { RecognizedText } from './ocr-engine.js';
import type { PixelImage } from './pixel-image.js';

/** Letters that carry marks in the Latin names of passports: what each may carry (others are left alone). */
const MARKS_ABOVE: Readonly<Record<string, readonly Mark[]>> = {
  A: ['acute', 'grave', 'circumflex', 'tilde', 'diaeresis', 'ring'],
  E: ['acute', 'grave', 'circumflex', 'diaeresis'],
  I: ['acute', 'grave', 'circumflex', 'diaeresis'],
  O: ['acute', 'grave', 'circumflex', 'tilde', 'diaeresis'],
  U: ['acute', 'grave', 'circumflex', 'diaeresis'],
  N: ['tilde'],
  Y: ['acute', 'diaeresis'],
};

type Mark = 'acute' | 'grave' | 'circumflex' | 'tilde' | 'diaeresis' | 'ring' | 'cedilla';

const COMBINING: Readonly<Record<Mark, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circumflex: '\u0302',
  tilde: '\u0303',
  diaeresis: '\u0308',
  ring: '\u030a',
  cedilla: '\u0327',
};

/**
 * A line whose top edge rises or falls by more than this share of its height from end to end is not level enough
 * to look for marks (a short word's box is often fitted a few degrees off; that shifts its rows by little).
 */
const MAX_TILT = 0.15;
/** Paper and ink must differ by this much (0–255) for marks to be looked for: on a washed-out line they are not. */
const MIN_CONTRAST = 60;
/** A row of the text band holds at least this share of the fullest row's ink. */
const BAND_ROW_SHARE = 0.25;
/** A mark stands within this many cap heights above the capitals (or below the baseline, a cedilla)… */
const MARK_REACH = 0.6;
/** …is at least this tall and wide (cap heights) and holds this much ink (cap heights squared)… */
const MIN_MARK_SIDE = 0.1;
const MIN_MARK_INK = 0.015;
/** …and at most this tall (cap heights) and wide (letter pitches). */
const MAX_MARK_HEIGHT = 0.5;
const MAX_MARK_WIDTH = 1.1;
/** Ink fused with a letter below it rises at least this far above the band to be a mark (cap heights)… */
const MIN_RISE = 0.2;
/** …and is judged by its part above this many rows over the band (cap heights). */
const EDGE_ROWS = 0.1;
/** A mark joined to its letter is at least this many times wider above the neck than at it. */
const NECK_RATIO = 2;
/** A mark's mean luma lies at most this share of the way from the darkest ink to the ink threshold. */
const MARK_DARKNESS = 0.95;
/** A cedilla is at least this tall (cap heights). */
const CEDILLA_HEIGHT = 0.15;
/** Its centre is within this share of a letter pitch of the letter's. */
const MAX_MARK_OFFSET = 0.3;

interface Component {
  pixels: Array<[number, number]>;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** 8-connected components of the ink in rows [y0, y1) of a mask `width` wide. */
function components(ink: Uint8Array, width: number, y0: number, y1: number): Component[] {
  const seen = new Uint8Array(ink.length);
  const out: Component[] = [];
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < width; x++) {
      const start = y * width + x;
      if (ink[start] !== 1 || seen[start] === 1) continue;
      const c: Component = { pixels: [], minX: x, maxX: x, minY: y, maxY: y };
      const stack = [start];
      seen[start] = 1;
      while (stack.length > 0) {
        const i = stack.pop()!;
        const [px, py] = [i % width, Math.floor(i / width)];
        c.pixels.push([px, py]);
        c.minX = Math.min(c.minX, px);
        c.maxX = Math.max(c.maxX, px);
        c.minY = Math.min(c.minY, py);
        c.maxY = Math.max(c.maxY, py);
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const [nx, ny] = [px + dx, py + dy];
            if (nx < 0 || nx >= width || ny < y0 || ny >= y1) continue;
            const j = ny * width + nx;
            if (ink[j] === 1 && seen[j] === 0) {
              seen[j] = 1;
              stack.push(j);
            }
          }
        }
      }
      out.push(c);
    }
  }
  return out;
}

/** A component made of the pixels of `c` that pass `keep`, or null when none does. */
function subset(c: Component, keep: (y: number) => boolean): Component | null {
  const pixels = c.pixels.filter(([, y]) => keep(y));
  if (pixels.length === 0) return null;
  const xs = pixels.map(([x]) => x);
  const ys = pixels.map(([, y]) => y);
  return { pixels, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/** A mark found above the capitals: its body, and whether it stands clear of its letter or hangs from it by a neck. */
interface MarkPart extends Component {
  /** Clear of the band, or joined to it by a narrow neck: not the top of a letter. */
  separate: boolean;
}

/**
 * The mark in ink found above the capitals' band (rows to `bandTop`), or null. Ink clear of the band is the mark.
 * Ink reaching down to the band is a blurred accent fused with its letter, or the letter's own top. Only an `A`
 * has a top that rises well above the band (its apex; a round letter overshoots by a row or so), so ink rising
 * MIN_RISE above the band is a mark for any other letter, judged by its part above the band's edge (`edge` rows);
 * over an `A` it must hang from a narrow neck (`separate`), a shape its apex, narrowing steadily upwards, never has.
 */
function markPart(c: Component, bandTop: number, capHeight: number): MarkPart | null {
  if (c.maxY < bandTop - 1) return { ...c, separate: true };
  if (bandTop - c.minY < MIN_RISE * capHeight) return null;
  const perRow = new Map<number, number>();
  for (const [, y] of c.pixels) perRow.set(y, (perRow.get(y) ?? 0) + 1);
  let neck = { y: -1, ink: Infinity };
  for (let y = bandTop - 1; y > c.minY; y--) {
    const ink = perRow.get(y) ?? 0;
    if (ink < neck.ink) neck = { y, ink };
  }
  const body = [...perRow].filter(([y]) => y < neck.y);
  const necked = body.length >= MIN_MARK_SIDE * capHeight && Math.max(...body.map(([, ink]) => ink)) >= NECK_RATIO * neck.ink;
  const part = necked ? subset(c, (y) => y < neck.y) : subset(c, (y) => y < bandTop - Math.max(1, Math.round(EDGE_ROWS * capHeight)));
  return part === null ? null : { ...part, separate: necked };
}

/** Whether a component encloses paper (a ring): a pixel inside its box, not ink, from which no path of paper leaves it. */
function enclosesPaper(c: Component): boolean {
  const w = c.maxX - c.minX + 3;
  const h = c.maxY - c.minY + 3;
  const grid = new Uint8Array(w * h);
  for (const [x, y] of c.pixels) grid[(y - c.minY + 1) * w + (x - c.minX + 1)] = 1;
  // Flood the paper from the padded border; paper left unreached is a hole.
  const stack = [0];
  grid[0] = 2;
  while (stack.length > 0) {
    const i = stack.pop()!;
    const [x, y] = [i % w, Math.floor(i / w)];
    for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]] as const) {
      if (nx < 0 || nx >= w || ny < 0 || ny >= h) continue;
      const j = ny * w + nx;
      if (grid[j] === 0) {
        grid[j] = 2;
        stack.push(j);
      }
    }
  }
  return grid.some((v) => v === 0);
}

/**
 * Whether two parts over one letter are a diaeresis: side by side without overlapping, level, and alike in size.
 * Marks stacked one over the other or set at different heights (Vietnamese `Ễ`, `Ầ`: a circumflex with a tilde or
 * a grave) are not.
 */
function twoDots(a: Component, b: Component, capHeight: number): boolean {
  const [left, right] = a.minX <= b.minX ? [a, b] : [b, a];
  const level = Math.abs((a.minY + a.maxY) / 2 - (b.minY + b.maxY) / 2) <= DOTS_LEVEL * capHeight;
  const alike = Math.max(a.pixels.length, b.pixels.length) <= DOTS_SIZE_RATIO * Math.min(a.pixels.length, b.pixels.length);
  return left.maxX < right.minX && level && alike;
}

/**
 * The mark one component (or a pair side by side) makes: two level dots are a diaeresis; a closed loop a ring; a
 * slanted stroke an acute when it rises to the right, a grave when it falls; a wide, level one a circumflex when
 * its middle stands above its legs, a tilde when its middle is level with its ends. Anything else is not named.
 */
function markOf(parts: readonly Component[], capHeight: number): Mark | null {
  if (parts.length === 2) return twoDots(parts[0]!, parts[1]!, capHeight) ? 'diaeresis' : null;
  if (parts.length !== 1) return null;
  const c = parts[0]!;
  if (enclosesPaper(c)) return 'ring';
  const [w, h] = [c.maxX - c.minX + 1, c.maxY - c.minY + 1];
  // Slope of the stroke: covariance of x and y over its pixels (y grows downwards, so a rising stroke is negative).
  // An acute or a grave is one slanted stroke, however wide at small sizes; a circumflex and a tilde are symmetric.
  const n = c.pixels.length;
  const mx = c.pixels.reduce((s, [x]) => s + x, 0) / n;
  const my = c.pixels.reduce((s, [, y]) => s + y, 0) / n;
  const cov = c.pixels.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / n;
  const vx = c.pixels.reduce((s, [x]) => s + (x - mx) ** 2, 0) / n;
  const slope = vx === 0 ? 0 : cov / vx;
  // A blob too small to show its shape (a blurred accent a few pixels across) is no mark to name: none is added.
  if (Math.max(w, h) < MIN_SHAPE * capHeight) return null;
  if (slope <= -SLANT) return 'acute';
  if (slope >= SLANT) return 'grave';
  if (w < WIDE * h) return null;
  // Mean height of the ink in each third: a circumflex's middle stands well above its legs; a tilde's middle lies
  // level with its ends (its two waves balance). Anything between is not named.
  const third = w / 3;
  const meanY = (from: number, to: number): number => {
    const ys = c.pixels.filter(([x]) => x >= from && x < to).map(([, y]) => y);
    return ys.length === 0 ? NaN : ys.reduce((sum, y) => sum + y, 0) / ys.length;
  };
  const [left, middle, right] = [meanY(c.minX, c.minX + third), meanY(c.minX + third, c.minX + 2 * third), meanY(c.minX + 2 * third, c.maxX + 1)];
  if (middle < Math.min(left, right) - PEAK * h) return 'circumflex';
  if (Math.abs(middle - (left + right) / 2) <= LEVEL * h) return 'tilde';
  return null;
}

/** |slope| (rows per column) from which a one-stroke mark is an acute or a grave. */
const SLANT = 0.35;
/** The two dots of a diaeresis: centres within this many cap heights of level, sizes within this ratio. */
const DOTS_LEVEL = 0.08;
const DOTS_SIZE_RATIO = 2;
/** A circumflex's middle stands this share of its height above its legs; a tilde's within this share of level. */
const PEAK = 0.15;
const LEVEL = 0.1;
/** A one-stroke mark is named only when its longer side reaches this many cap heights. */
const MIN_SHAPE = 0.2;
/** A symmetric mark at least this many times wider than tall is a circumflex or a tilde. */
const WIDE = 1.2;

/** Luma of a region of an image (BT.601 weights, as toGrey). */
function regionLuma(image: PixelImage, x0: number, y0: number, width: number, height: number): Uint8Array {
  const { channels, data } = image;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = ((y0 + y) * image.width + x0 + x) * channels;
      out[y * width + x] = channels === 1 ? data[i]! : (data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114 + 500) / 1000;
    }
  }
  return out;
}

/**
 * `reading` (of the line boxed by `quad` on `image`, spaces restored) with the marks printed over or under its
 * capitals put back; the reading's text unchanged where the line is not plain capitals, has too little contrast,
 * or shows no mark. The box must be level (a rectified page's line).
 */
export function withDiacritics(image: PixelImage, quad: Quad, reading: RecognizedText): string {
  const text = reading.text;
  if (!/^[A-Z][A-Z '-]*$/.test(text) || reading.chars.length !== text.length) return text;
  // Only a level line: the band and the marks above it are rows of the box.
  if (Math.abs(quad[1].y - quad[0].y) > MAX_TILT * Math.abs(quad[3].y - quad[0].y)) return text;
  const box = quadBounds(quad);
  const x0 = Math.max(0, Math.floor(box.x));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y0 = Math.max(0, Math.floor(box.y - MARK_REACH * box.height));
  const y1 = Math.min(image.height, Math.ceil(box.y + (1 + MARK_REACH) * box.height));
  const width = x1 - x0;
  const height = y1 - y0;
  if (width < 4 || height < 4) return text;
  const luma = regionLuma(image, x0, y0, width, height);
  const sorted = Uint8Array.from(luma).sort();
  const [dark, paper] = [sorted[Math.floor(0.03 * sorted.length)]!, sorted[Math.floor(0.5 * sorted.length)]!];
  if (paper - dark < MIN_CONTRAST) return text;
  const threshold = (dark + paper) / 2;
  const ink = luma.map((v) => (v < threshold ? 1 : 0));
  // The capitals' band: the longest run of rows holding a good share of the line's ink.
  const rows = Array.from({ length: height }, (_, y) => ink.subarray(y * width, (y + 1) * width).reduce((s, v) => s + v, 0));
  const fullest = Math.max(...rows);
  if (fullest === 0) return text;
  let band = { top: 0, bottom: -1 };
  for (let y = 0, start = -1; y <= height; y++) {
    const inBand = y < height && rows[y]! >= BAND_ROW_SHARE * fullest;
    if (inBand && start < 0) start = y;
    if (!inBand && start >= 0) {
      if (y - start > band.bottom - band.top + 1) band = { top: start, bottom: y - 1 };
      start = -1;
    }
  }
  const capHeight = band.bottom - band.top + 1;
  if (capHeight < 6) return text;
  // Letter centres along the line, and their pitch.
  const letters = reading.chars.map((c, i) => ({ char: c.char, index: i, x: box.x - x0 + c.x * box.width })).filter((c) => c.char !== ' ');
  // Letters of words: a lone letter (a code, `A E`) is no name's and takes no mark.
  const inWord = new Set([...text.matchAll(/[A-Z]{2,}/g)].flatMap((m) => Array.from({ length: m[0].length }, (_, k) => m.index! + k)));
  const gaps = letters.slice(1).map((c, i) => c.x - letters[i]!.x).sort((a, b) => a - b);
  const pitch = gaps.length === 0 ? capHeight : gaps[Math.floor(gaps.length / 2)]!;
  const marks = new Map<number, Mark>();
  let stacked = false;
  const look = (from: number, to: number, below: boolean): void => {
    const found = components(ink, width, Math.max(0, from), Math.min(height, to))
      // Above, a mark is judged by its body: a blurred accent reaches down to its letter (markPart).
      .map((c): MarkPart | null => (below ? { ...c, separate: true } : markPart(c, band.top, capHeight)))
      .filter((c): c is MarkPart => {
        if (c === null) return false;
        const [w, h] = [c.maxX - c.minX + 1, c.maxY - c.minY + 1];
        // Ink reaching the searched rows' far edge runs on beyond them (a caption's descender, the next line). Below,
        // a mark must be taller than the overshoot of a round letter.
        const runsOn = below ? c.maxY >= to - 1 : c.minY <= from;
        const tooShort = below && h < CEDILLA_HEIGHT * capHeight;
        // As dark as print: a blurred accent's thin stroke is lighter than the letters' cores, a guilloche lighter.
        const meanLuma = c.pixels.reduce((sum, [x, y]) => sum + luma[y * width + x]!, 0) / c.pixels.length;
        return (
          !runsOn &&
          !tooShort &&
          meanLuma <= dark + MARK_DARKNESS * (threshold - dark) &&
          w >= MIN_MARK_SIDE * capHeight &&
          h >= MIN_MARK_SIDE * capHeight &&
          c.pixels.length >= MIN_MARK_INK * capHeight ** 2 &&
          h <= MAX_MARK_HEIGHT * capHeight &&
          w <= MAX_MARK_WIDTH * pitch
        );
      });
    // Each part centred over a letter goes to it; a letter's parts together make its mark. A part between two
    // letters (the grave of a Vietnamese `Ầ`, set beside its circumflex) says the marks there are stacked or
    // misplaced: the letters either side of it take none.
    const byLetter = new Map<number, MarkPart[]>();
    const unsure = new Set<number>();
    for (const c of found) {
      const centre = (c.minX + c.maxX) / 2;
      const nearest = letters.reduce((a, b) => (Math.abs(b.x - centre) < Math.abs(a.x - centre) ? b : a));
      if (Math.abs(nearest.x - centre) <= MAX_MARK_OFFSET * pitch) byLetter.set(nearest.index, [...(byLetter.get(nearest.index) ?? []), c]);
      else for (const l of letters) if (Math.abs(l.x - centre) <= pitch) unsure.add(l.index);
    }
    for (const [index, parts] of byLetter) {
      if (unsure.has(index)) continue;
      const letter = text[index]!;
      if (!inWord.has(index) || (letter === 'A' && parts.some((p) => !p.separate))) continue;
      const mark = below ? (letter === 'C' && parts.length === 1 ? 'cedilla' : null) : markOf(parts, capHeight);
      if (mark !== null && (below || MARKS_ABOVE[letter]?.includes(mark) === true)) marks.set(index, mark);
      // Several parts over one letter that make no diaeresis are stacked marks (Vietnamese): the line's other
      // marks may be such stacks fused, so none is trusted.
      else if (!below && parts.length >= 2) stacked = true;
    }
  };
  // Above the capitals, down to the band; below the baseline, for a cedilla.
  look(band.top - Math.round(MARK_REACH * capHeight), band.top, false);
  look(band.bottom + 2, band.bottom + 2 + Math.round(MARK_REACH * capHeight), true);
  if (marks.size === 0 || stacked) return text;
  return [...text]
    .map((c, i) => {
      const mark = marks.get(i);
      if (mark === undefined) return c;
      const marked = (c + COMBINING[mark]).normalize('NFC');
      return [...marked].length === 1 ? marked : c;
    })
    .join('');
}
