/**
 * Caption-led reading of the e-KTP's labelled rows (`Nama : ENDANG`). Every row prints its caption at the start of
 * a line in the left column, a colon, then the value; the recogniser returns the row either as one line (caption,
 * colon and value merged) or as a caption box and a value box on the same row, and reads the colon as `:`, `：`,
 * `;`, `i`, `|` or not at all. So a caption is matched against the START of a line (a fuzzy prefix, robust to a
 * dropped space or one wrong glyph) rather than anywhere in it, which keeps `Nama` from being found inside a value.
 */

import { centreY, type CardLine, type CardSideText } from '../card-text.js';
import { linesRightOf } from '../find-lines.js';
import { editDistance, squash } from '../text-match.js';

export interface CaptionRow {
  /** The line the caption starts. */
  captionLine: CardLine;
  /** How well the caption matched the line's start (0–1). */
  score: number;
  /** The value as read (separator stripped), '' when the row carries none. */
  value: string;
  /** The lines the value was read from (the caption line itself when they were merged). */
  valueLines: CardLine[];
}

/** A caption of one glyph wrong in ten still counts; short captions (`NIK`, `Nama`) must be read exactly. */
const MIN_SCORE = 0.8;

/**
 * How well `caption` starts `text` and the original text after it: the squashed prefixes of the caption's length
 * ±1 are compared, so `TempatTglLahir` and `Tempat/Tgl Lahir` both match and the rest keeps its original spacing.
 */
export function matchCaptionPrefix(text: string, caption: string): { score: number; rest: string } | null {
  const target = squash(caption);
  if (target.length === 0) return null;
  let best: { score: number; rest: string } | null = null;
  let letters = '';
  for (let i = 0; i < text.length && letters.length <= target.length + 1; i++) {
    const letter = squash(text[i]!);
    if (letter === '') continue;
    letters += letter;
    if (letters.length < target.length - 1) continue;
    const score = 1 - editDistance(letters, target) / Math.max(letters.length, target.length);
    // On a tie the shorter prefix wins: `Nama` in `NamaENDANG` stays four letters.
    if (best === null || score > best.score) best = { score, rest: text.slice(i + 1) };
  }
  return best !== null && best.score >= MIN_SCORE ? best : null;
}

/**
 * Strips the separator the recogniser made of the printed colon: `:`/`：`/`;`/`|`/`!`, or, when no such glyph was
 * read, a lower-case `i`/`l` glued before the value (`iISLAM`, `i KAWIN`). An upper-case `I` is kept: Balinese
 * names start with `I ` (`I MADE SUARTA`).
 */
export function stripSeparator(text: string): string {
  const trimmed = text.replace(/^\s+/, '');
  let value = trimmed.replace(/^[:：;|!.,]+/, '');
  if (value === trimmed && /^[il](?=[A-Z0-9\s])/.test(value)) value = value.slice(1);
  return value.replace(/^[\s:：;|!.,]+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Assigns each caption the line that starts with it best, a line going to the caption it matches best: `Alamat`
 * and `Agama` are one letter apart over five, and a misread `Agama` row must not take the address line.
 */
export function findRowCaptions<K extends string>(text: CardSideText, captions: Readonly<Record<K, readonly string[]>>): Partial<Record<K, { line: CardLine; score: number; rest: string }>> {
  const found: Partial<Record<K, { line: CardLine; score: number; rest: string }>> = {};
  for (const line of text.lines) {
    let best: { key: K; score: number; rest: string } | null = null;
    for (const key of Object.keys(captions) as K[]) {
      for (const phrase of captions[key]) {
        const match = matchCaptionPrefix(line.text, phrase);
        if (match !== null && (best === null || match.score > best.score)) best = { key, ...match };
      }
    }
    if (best === null) continue;
    const current = found[best.key];
    // A value that starts like its caption (`Kecamatan Rintis` on a mock-up) stays the value: on one row the
    // leftmost line is the caption.
    const valueOfCurrent = current !== undefined && sameRow(current.line, line) && line.box.x > current.line.box.x;
    if (current === undefined || (best.score > current.score && !valueOfCurrent)) found[best.key] = { line, score: best.score, rest: best.rest };
  }
  return found;
}

/**
 * The value of a labelled row: the text after the caption on its own line, else the nearest line to its right on
 * the same row (the colon may be a box of its own: a value box of separators only is skipped). `stopAt` cuts a
 * second caption printed on the same row (`Gol. Darah` after the sex).
 */
export function rowValue(text: CardSideText, caption: { line: CardLine; score: number; rest: string }, options: { stopAt?: RegExp; skip?: (line: CardLine) => boolean } = {}): CaptionRow {
  const cut = (value: string): string => {
    const stop = options.stopAt === undefined ? -1 : value.search(options.stopAt);
    return stop >= 0 ? value.slice(0, stop).trim() : value;
  };
  const own = cut(stripSeparator(caption.rest));
  if (own !== '') return { captionLine: caption.line, score: caption.score, value: own, valueLines: [caption.line] };
  const right = linesRightOf(text, caption.line, { maxDistance: 0.45 }).find((line) => stripSeparator(line.text) !== '' && !isColonDebris(line, caption.line) && !(options.skip?.(line) ?? false));
  if (right === undefined) return { captionLine: caption.line, score: caption.score, value: '', valueLines: [] };
  return { captionLine: caption.line, score: caption.score, value: cut(stripSeparator(right.text)), valueLines: [right] };
}

/** A printed colon the detector boxed alone and the recogniser read as a glyph (`9`, `B`): one short character. */
export function isColonDebris(line: CardLine, caption: CardLine): boolean {
  return line.text.trim().length === 1 && line.box.height < caption.box.height * 0.7;
}

/** Lines on the same row as `line` (centres within half a line height). */
export function sameRow(a: CardLine, b: CardLine): boolean {
  return Math.abs(centreY(a.box) - centreY(b.box)) < Math.max(a.box.height, b.box.height) * 0.5;
}
