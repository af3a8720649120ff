// Public surface of the MRZ module: parsing (no changes) and proven correction of OCR'd lines.

export { parseMrz } from './parse-mrz.js';
export { correctMrz, type MrzCorrectionResult } from './correct-mrz.js';
export { detectMrzFormat, guessMrzFormat, MRZ_LAYOUTS, type MrzLayout } from './layouts.js';
export { EXPIRY_FUTURE_WINDOW_YEARS } from './mrz-dates.js';
export type {
  Correction,
  CorrectionReason,
  MrzCheck,
  MrzCheckField,
  MrzFields,
  MrzFormat,
  MrzParseResult,
  MrzSex,
  ParseOptions,
} from './types.js';
