import { characterForCode } from './telegraph-code.js';

/**
 * The Chinese name of an HKID from both things the card prints: the characters, as the OCR read them, and the
 * Chinese Commercial Code under them (four digits per character, which the OCR reads reliably). The recogniser's
 * dictionary lacks many traditional characters (穎, 譚 and 盧 are not in PP-OCR's 6,623), so it drops them or reads
 * a look-alike (盧 → 虚) or its simplified form (張 → 张); the code names each character exactly. Each character
 * is the code's; where a code is unknown to the code book, the OCR's character at that place (when the counts agree).
 */
export interface ChineseName {
  name: string;
  /** How many of the OCR's characters are the code's (by longest common subsequence). */
  agreeing: number;
  /** Characters the OCR read. */
  read: number;
  /** Whether every character came from a code. */
  fromCodes: boolean;
}

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function chineseName(ocrName: string, telexCode: string): ChineseName {
  const read = [...ocrName];
  const codes = telexCode.split(' ').filter((code) => /^\d{4}$/.test(code));
  if (codes.length === 0) return { name: ocrName, agreeing: 0, read: read.length, fromCodes: false };
  const decoded = codes.map((code, i) => {
    // Hong Kong's code book (Unihan kTaiwanTelegraph) first: the card prints traditional characters, and the OCR's
    // dictionary, mostly simplified, may read 張 as 张 (both code 1728, one in each book). The OCR's character only
    // where no book has the code.
    const candidates = characterForCode(code);
    return candidates[0] ?? (read.length === codes.length ? (read[i] ?? '') : '');
  });
  const name = decoded.join('');
  return { name, agreeing: commonSubsequence(read, [...name]), read: read.length, fromCodes: decoded.every((c, i) => characterForCode(codes[i]!).includes(c)) };
}
