import type { CardLine, CardSideText } from '../card-text.js';
import { digitise } from '../common/dates.js';

/**
 * The MyKad number as the recogniser reads it: `YYMMDD-PB-###G` on the front, and the same number with the card's
 * version suffix (`-01`, `-02` for a replacement) on the back. The dashes are often dropped or read as `.`/`~`,
 * and `O`/`I`/`S`/`B` stand in for digits, so the run is matched on digitised text; exactly 12 digits (14 with the
 * suffix) must stand alone, so a postcode or a house number never passes for one.
 */
const NUMBER = /(?<!\d)(\d{6})\s*[-–—.~_]?\s*(\d{2})\s*[-–—.~_]?\s*(\d{4})(?:\s*[-–—.~_]?\s*(\d{2}))?(?!\d)/;

export interface MyKadNumberReading {
  /** `YYMMDD-PB-###G`, dashes restored (D12: as printed). */
  value: string;
  /** The version suffix the back prints after the number (`01`), or null on the front. */
  suffix: string | null;
  line: CardLine;
}

/** Reads a MyKad number out of one line of text, or null. */
export function parseMyKadNumber(lineText: string): { value: string; suffix: string | null } | null {
  const m = digitise(lineText).match(NUMBER);
  if (m === null) return null;
  return { value: `${m[1]}-${m[2]}-${m[3]}`, suffix: m[4] ?? null };
}

/** The first number on the side (reading order) that has (`withSuffix`) or lacks the back's version suffix. */
export function findMyKadNumber(text: CardSideText, withSuffix: boolean): MyKadNumberReading | null {
  for (const line of text.lines) {
    const parsed = parseMyKadNumber(line.text);
    if (parsed !== null && (parsed.suffix !== null) === withSuffix) return { ...parsed, line };
  }
  return null;
}
