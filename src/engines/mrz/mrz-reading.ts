// What the MRZ reader returns: the lines after proven corrections, every correction and reader choice logged,
// the parse, and where the zone is (its box and character height feed the quality gate, D14).

import type { Correction, MrzParseResult } from '../../documents/mrz/index.js';
import type { Quad } from '../ocr/geometry.js';

export type MrzReaderName = 'ocr' | 'template';

/** Which reader a line's characters came from: both agreed, one of them throughout, or some of each. */
export type MrzLineReader = 'agreed' | 'ocr' | 'template' | 'mixed';

export interface MrzLineSource {
  /** 1-based. */
  line: number;
  reader: MrzLineReader;
  /** The OCR reading mapped to the MRZ alphabet, as read (its length may be wrong). */
  ocr: string;
  /** The template reader's reading, or null when it could not read the line. */
  template: string | null;
  /** Mean correlation of the template reader's cells; high when the line is OCR-B and read well. */
  templateScore: number | null;
}

/**
 * A place where the readers disagreed and one was chosen. `check-digit`: the chosen reading makes more check
 * digits valid; `field-alphabet`: the other reading is a character the position cannot hold (a digit in a name);
 * `preferred-reader`: nothing else decides, so the template reader won where its glyph match was clear, else the
 * OCR; `ocr-missing`: the OCR produced nothing for the cell.
 */
export interface MrzReaderChoice {
  /** 1-based line. */
  line: number;
  /** 0-based columns of the disagreeing characters. */
  columns: number[];
  /** The check-digited field the columns belong to, or `unchecked`. */
  field: string;
  reader: MrzReaderName;
  ocr: string;
  template: string;
  reason: 'check-digit' | 'field-alphabet' | 'preferred-reader' | 'ocr-missing';
}

export interface MrzReading {
  /** The lines after `correctMrz` (ICAO 9303 filler rule and check-digit-proven corrections). */
  lines: string[];
  corrections: Correction[];
  parse: MrzParseResult;
  readers: MrzLineSource[];
  choices: MrzReaderChoice[];
  /** The MRZ zone in image pixels (all its lines). */
  box: Quad;
  /** Glyph height (baseline to top of the digits) in image pixels, median over the lines. */
  characterHeightPx: number;
}
