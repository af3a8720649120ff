/**
 * The NRIC front's text column read by position, for when its captions are not. The captions (`Name`, `Race`,
 * `Date of birth`, `Country/Place of birth`) are printed small and in mixed case; on a photo from arm's length they
 * come back as `Na`, `Rae`, `Countr`, while the values under them, printed larger and in capitals, read cleanly.
 * The layout is fixed: right of the portrait one left-aligned column holds, top to bottom, the name (one or two
 * lines), the Chinese name where registered, the race, the date of birth, and the country of birth. The date of
 * birth (its own pattern) splits the column: above it the name, then the race last; below it the country.
 */

import type { CardLine, CardSideText } from '../card-text.js';
import { chainColumn } from '../common/column-chain.js';

/** Lines whose left edges lie this close (fraction of the card width) share the column. */
const COLUMN_TOLERANCE = 0.03;
/**
 * Consecutive lines of the column are at most this many line heights apart: the race stands about 2.7 heights below
 * the name where no Chinese name fills the space between them.
 */
const MAX_GAP = 4;
/** A caption is printed at about 0.6–0.8 of a value's height: a value is at least this share of the date's. */
const VALUE_HEIGHT_RATIO = 0.85;
/** A Chinese name: a line of CJK characters only. */
export const CJK = /^[\u3400-\u9fff\uf900-\ufaff]{2,8}$/;
/** A romanised name or another value in capitals (the captions are in mixed case). */
export const LATIN_NAME = /^[A-Z][A-Z .,'@()/-]*$/;

export interface NricColumn {
  /** The English name's lines (one, or two for a long name). */
  name: CardLine[];
  chinese: CardLine | null;
  race: CardLine | null;
  country: CardLine | null;
}

/**
 * The column read by position around `birth`, the line holding the date of birth; null when fewer than two values
 * (name and race) stand above it. A value is in capitals (the captions are in mixed case) and about as tall as the
 * date; a line of CJK characters is the Chinese name.
 */
export function readNricColumn(text: CardSideText, birth: CardLine): NricColumn | null {
  const column = text.lines.filter((l) => l !== birth && Math.abs(l.box.x - birth.box.x) <= COLUMN_TOLERANCE);
  const isValue = (l: CardLine): boolean => LATIN_NAME.test(l.text.trim()) && l.box.height >= VALUE_HEIGHT_RATIO * birth.box.height;
  const above = chainColumn(column, birth, 'up', MAX_GAP);
  const chinese = above.find((l) => CJK.test(l.text.replace(/\s+/g, ''))) ?? null;
  const latin = above.filter(isValue);
  if (latin.length < 2) return null;
  const race = latin[latin.length - 1]!;
  // The name ends at the Chinese name where there is one; else every value above the race (a long name wraps).
  const name = latin.slice(0, -1).filter((l) => chinese === null || l.box.y < chinese.box.y).slice(0, 2);
  if (name.length === 0) return null;
  const country = chainColumn(column, birth, 'down', MAX_GAP).find(isValue) ?? null;
  return { name, chinese, race, country };
}
