// Result types of MRZ parsing and correction (ICAO 9303 parts 3–7). The recognition engine and the document
// studio depend on these names; add fields, do not rename them.

export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRVA' | 'MRVB';

/** Fields protected by a check digit (ICAO 9303 part 3 §4.9). `composite` exists for TD1, TD2 and TD3 only. */
export type MrzCheckField = 'documentNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite';

export interface MrzCheck {
  field: MrzCheckField;
  /** The digit computed over the field as read ('?' when the field holds a character outside the alphabet). */
  expected: string;
  /** The character printed in the check-digit position. */
  actual: string;
  valid: boolean;
}

export type MrzSex = 'M' | 'F' | 'X';

export interface MrzFields {
  /** Document code without filler: `P`, `I`, `ID`, `AC`, `V` … */
  documentCode: string;
  /** Issuing state or organisation without filler: `UTO`, `D` … */
  issuingState: string;
  /** Document number without filler; TD1/TD2 numbers longer than nine characters are joined (part 5 §4.2.2). */
  documentNumber: string;
  nationality: string;
  /** `YYYY-MM-DD`, or null when the printed date is not a full calendar date. */
  birthDate: string | null;
  birthDateRaw: string;
  /** `<` in the MRZ (unspecified) is reported as `X`; null when the character is not M, F, X or `<`. */
  sex: MrzSex | null;
  expiryDate: string | null;
  expiryDateRaw: string;
  /** TD1 line 1 optional data (after a long number's tail), TD2/MRV optional data, TD3 personal number. */
  optionalData1: string;
  /** TD1 line 2 optional data; '' for the other formats. */
  optionalData2: string;
  /** Primary identifier, `<` between its parts read as spaces. */
  surname: string;
  /** Secondary identifier, `<` between its parts read as spaces. */
  givenNames: string;
}

export interface MrzParseResult {
  format: MrzFormat | null;
  /** True when the format is known, the structure is sound and every check digit is valid. */
  valid: boolean;
  lines: string[];
  fields: MrzFields | null;
  checks: MrzCheck[];
  /** Structural problems (line lengths, characters, dates, sex); check-digit failures are in `checks`. */
  errors: string[];
}

export type CorrectionReason = `check-digit:${MrzCheckField}` | 'filler-rule' | 'line-length';

export interface Correction {
  /** 1-based line number. */
  line: number;
  /** 0-based character position in the returned line (for a removed filler: its position in the line as read). */
  position: number;
  /** Character before the change ('' when a filler was inserted). */
  from: string;
  /** Character after the change ('' when a filler was removed). */
  to: string;
  /** `check-digit:<field>` when a check digit proves the change, else the structural rule applied. */
  reason: CorrectionReason;
}

export interface ParseOptions {
  /** Reference date for the century of two-digit years (`YYYY-MM-DD` or a Date); defaults to today (UTC). */
  today?: string | Date;
}
