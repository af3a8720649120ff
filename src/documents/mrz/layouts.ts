// Line geometry of the five MRZ formats (ICAO 9303 part 4 TD3, part 5 TD1, part 6 TD2, part 7 MRV-A/MRV-B).

import type { MrzFormat } from './types.js';

export interface MrzLayout {
  format: MrzFormat;
  lineCount: number;
  lineLength: number;
  /** 0-based index of the line that holds the name field. */
  nameLine: number;
  /** First column of the name field on that line; the field runs to the end of the line. */
  nameStart: number;
  /** Visas (part 7) carry no composite check digit. */
  hasComposite: boolean;
}

export const MRZ_LAYOUTS: Readonly<Record<MrzFormat, MrzLayout>> = {
  TD1: { format: 'TD1', lineCount: 3, lineLength: 30, nameLine: 2, nameStart: 0, hasComposite: true },
  TD2: { format: 'TD2', lineCount: 2, lineLength: 36, nameLine: 0, nameStart: 5, hasComposite: true },
  TD3: { format: 'TD3', lineCount: 2, lineLength: 44, nameLine: 0, nameStart: 5, hasComposite: true },
  MRVA: { format: 'MRVA', lineCount: 2, lineLength: 44, nameLine: 0, nameStart: 5, hasComposite: false },
  MRVB: { format: 'MRVB', lineCount: 2, lineLength: 36, nameLine: 0, nameStart: 5, hasComposite: false },
};

/** Visa formats are told from TD2/TD3 by the document code: its first character is `V` (part 7 §4.2.2). */
function isVisa(lines: readonly string[]): boolean {
  return (lines[0] ?? '').startsWith('V');
}

/** The format whose line count and exact line lengths the lines have, or null. */
export function detectMrzFormat(lines: readonly string[]): MrzFormat | null {
  const lengths = lines.map((l) => l.length);
  if (lines.length === 3 && lengths.every((n) => n === 30)) return 'TD1';
  if (lines.length !== 2) return null;
  if (lengths.every((n) => n === 44)) return isVisa(lines) ? 'MRVA' : 'TD3';
  if (lengths.every((n) => n === 36)) return isVisa(lines) ? 'MRVB' : 'TD2';
  return null;
}

/**
 * The format the lines were most probably meant to have when their lengths are a little off (OCR dropped or
 * added characters): three lines are TD1; two lines are the 44- or 36-character family, whichever their mean
 * length is nearer to. Null for any other line count.
 */
export function guessMrzFormat(lines: readonly string[]): MrzFormat | null {
  if (lines.length === 3) return 'TD1';
  if (lines.length !== 2) return null;
  const mean = lines.reduce((acc, l) => acc + l.length, 0) / 2;
  const long = Math.abs(mean - 44) < Math.abs(mean - 36);
  if (isVisa(lines)) return long ? 'MRVA' : 'MRVB';
  return long ? 'TD3' : 'TD2';
}
