import type { CardLine, CardSideText } from '../card-text.js';
import { afterCaption, findCaption, linesBelow } from '../find-lines.js';
import { similarity, squash } from '../text-match.js';

/**
 * Caption → value reading for cards that print a small caption above each value (the NRIC). Short captions
 * (`Name`, `Race`, `Sex`) are only taken at the start of a line, so a value that happens to contain the letters
 * (`NAMEERA`, `ESSEX`) is never mistaken for one; long captions are found anywhere in a line (two captions the
 * detector ran together, `Date of birth Sex`).
 */

export interface Label {
  line: CardLine;
  /** What follows the caption on the same line (`Race CHINESE` → `CHINESE`), '' when the value is below it. */
  rest: string;
}

const SHORT_CAPTION = 6;

/**
 * `rn` is how a recogniser most often misreads a small `m` (`Narne` for `Name`, two edits away): where the
 * caption has an `m` and a line has `rn` within the caption's length from its start, that `rn` is read as `m`.
 * Only there: a value after the caption keeps its letters (`Name BERNARD`).
 */
function mendM(text: string, caption: string): string {
  if (!/m/i.test(caption)) return text;
  const at = text.search(/rn/i);
  return at >= 0 && at < caption.length ? `${text.slice(0, at)}${text[at] === 'R' ? 'M' : 'm'}${text.slice(at + 2)}` : text;
}

export function findLabel(text: CardSideText, phrase: string): Label | null {
  const p = squash(phrase);
  if (p.length > SHORT_CAPTION) {
    const caption = findCaption(text, [phrase]);
    if (caption === null) return null;
    const letters = squash(caption.line.text);
    // Only a caption at the start of its line can have its value after it on the same line.
    const startsWith = similarity(letters.slice(0, p.length), p) >= 0.8;
    return { line: caption.line, rest: startsWith ? afterCaption(caption.line.text, phrase) : '' };
  }
  let best: { label: Label; score: number; length: number } | null = null;
  for (const line of text.lines) {
    const shown = mendM(line.text, phrase);
    const letters = squash(shown);
    const prefix = similarity(letters.slice(0, p.length), p);
    // A line no longer than the caption and a glyph is compared whole: a glyph added inside (`Narme`) shifts the
    // prefix but leaves the whole line close; such a line holds no value after the caption.
    const whole = letters.length <= p.length + 1 ? similarity(letters, p) : 0;
    const score = Math.max(prefix, whole);
    if (score < 0.8) continue;
    // A line that is the caption and nothing else beats a longer line that merely starts like it.
    if (best === null || score > best.score || (score === best.score && letters.length < best.length)) {
      best = { label: { line, rest: prefix >= whole ? afterCaption(shown, phrase) : '' }, score, length: letters.length };
    }
  }
  return best?.label ?? null;
}

/** The value lines of a caption: its own line's rest when the value was read merged with it, else the lines below. */
export function valueLines(text: CardSideText, label: Label, options: { count?: number; maxGap?: number; exclude?: (line: CardLine) => boolean } = {}): Array<{ text: string; line: CardLine }> {
  if (squash(label.rest).length >= 1) return [{ text: label.rest, line: label.line }];
  return linesBelow(text, label.line, { count: options.count ?? 1, maxGap: options.maxGap ?? 1.6, exclude: options.exclude }).map((line) => ({ text: line.text, line }));
}
