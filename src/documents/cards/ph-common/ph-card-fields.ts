/**
 * What the four Philippine agency cards (LTO licence, BIR TIN, SSS, UMID) have in common for a template: small
 * captions printed over their values (`NAME`, `DATE OF BIRTH`), an agency title under the shared "REPUBLIC OF
 * THE PHILIPPINES" line, and a back that often repeats the agency's name in its notices. The shared header is no
 * evidence at all (every one of them prints it, and so does the COMELEC voter's ID), so recognition rests on
 * each card's own title plus front-only evidence (captions, number pattern), see `agencyFrontScore`.
 */

import { MAX_ABBREVIATION, tidyPhilippineAddress } from './ph-provinces.js';
import { bottom, type CardLine, type CardSideText } from '../card-text.js';
import { afterCaption, CAPTION_MIN_SCORE, findCaption, linesBelow } from '../find-lines.js';
import { squash, similarity } from '../text-match.js';

export interface CaptionLine {
  line: CardLine;
  score: number;
  phrase: string;
  /** A value the recogniser ran into the caption's line (`NAME: JUAN`), `""` when the line is the caption alone. */
  rest: string;
}

/**
 * How well a line starts with `phrase`: the best similarity of the phrase to the line's first glyphs, as many as the
 * phrase has ±1 (a glyph dropped or doubled; a value may have run on after it).
 */
export function captionPrefixScore(lineText: string, phrase: string): number {
  const s = squash(lineText);
  const p = squash(phrase);
  let score = 0;
  for (const length of [p.length - 1, p.length, p.length + 1]) {
    if (length > 0 && length <= s.length) score = Math.max(score, similarity(s.slice(0, length), p));
  }
  return score;
}

/**
 * A caption line: one that STARTS with the caption (fuzzily), so a short caption such as `NAME` is not found inside
 * `SURNAME` or a value. Long captions (8+ letters) are also accepted anywhere in a line, for two captions of one
 * row run together (`SEX DATEOFBIRTH`).
 */
export function captionLine(text: CardSideText, phrases: readonly string[], options: { minScore?: number; exclude?: (line: CardLine) => boolean } = {}): CaptionLine | null {
  const minScore = options.minScore ?? CAPTION_MIN_SCORE;
  let best: CaptionLine | null = null;
  for (const line of text.lines) {
    if (options.exclude?.(line) === true) continue;
    for (const phrase of phrases) {
      const score = captionPrefixScore(line.text, phrase);
      if (score >= minScore && (best === null || score > best.score)) best = { line, score, phrase, rest: afterCaption(line.text, phrase) };
    }
  }
  if (best !== null) return best;
  const long = phrases.filter((p) => squash(p).length >= 8);
  if (long.length === 0) return null;
  const found = findCaption(text, long, { minScore });
  if (found === null || options.exclude?.(found.line) === true) return null;
  return { ...found, rest: '' };
}

/**
 * The value of a caption: what was run into its line, else the lines printed under it (`count` at most, e.g. an
 * address over two lines), never a line that is itself one of `stopCaptions` nor one below such a caption.
 */
export function captionValue(text: CardSideText, caption: CaptionLine, options: { count?: number; stopCaptions?: readonly string[] } = {}): CardLine[] {
  if (caption.rest !== '') return [{ ...caption.line, text: caption.rest }];
  const stops = options.stopCaptions ?? [];
  // A caption line is the caption alone, or starts with a long caption (a short one, `TIN`, may begin a name).
  const isCaption = (line: CardLine): boolean =>
    stops.some((s) => similarity(line.text, s) >= CAPTION_MIN_SCORE || (squash(s).length >= 6 && squash(line.text).startsWith(squash(s))));
  const below = linesBelow(text, caption.line, { count: options.count ?? 1 });
  const out: CardLine[] = [];
  for (const line of below) {
    if (isCaption(line)) break;
    out.push(line);
  }
  return out;
}

/**
 * A wrapped address joined into one line (D12). These cards break an address after a comma (`…BRGY. MALINIS,` /
 * `CEBU CITY, CEBU`), and the recogniser often drops that trailing comma or reads it as a period
 * (`KAPITOLYO.`), so lines are joined with `, `; a word of MAX_ABBREVIATION letters or fewer keeps its period. A province
 * misread at its end gets its name back (ph-provinces.ts).
 */
export function joinLines(lines: readonly CardLine[]): string {
  const joined = lines
    .map((l) => l.text.replace(/\s+/g, ' ').trim().replace(/(\p{L}*)([,;.]?)$/u, (_, word: string, end: string) => word + (end === '.' && word.length <= MAX_ABBREVIATION ? '.' : '')))
    .filter((t) => t !== '')
    .join(', ')
    .replace(/\s+,/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
  return tidyPhilippineAddress(joined);
}

/**
 * A card's front score from its agency title and front-only evidence. The back of these cards repeats the agency's
 * name in its notices ("filed with the Bureau of Internal Revenue", "property of the Social Security System"), so
 * the title alone is taken for the front only when nothing on the side reads like the back.
 *   - title and front evidence (a caption or the number pattern): 0.85·title + 0.15;
 *   - title alone: 0.8·title, but 0.5 when the back's own phrases are read;
 *   - no title but the number pattern next to its own caption: 0.8 (the title lost to glare).
 */
export function agencyFrontScore(title: number, frontEvidence: boolean, backLooking: boolean, numberWithCaption: boolean): number {
  if (title >= CAPTION_MIN_SCORE) {
    if (frontEvidence) return Math.min(1, title * 0.85 + 0.15);
    return backLooking ? 0.5 : title * 0.8;
  }
  return numberWithCaption ? 0.8 : 0;
}

/** Lines strictly below `line` (by their top), for zoning a search under a title or caption. */
export function below(text: CardSideText, line: CardLine | null | undefined): CardLine[] {
  if (line === null || line === undefined) return text.lines;
  return text.lines.filter((l) => l.box.y >= bottom(line.box) - line.box.height * 0.3 && l !== line);
}

/** Upper-case a printed name and collapse its spaces (`Juan  Dela Cruz` → `JUAN DELA CRUZ`). */
export function printedName(text: string): string {
  return text.replace(/[^\p{L}\s.'-]/gu, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
}
