import { characterForCode } from './telegraph-code.js';

/**
 * The Chinese name of an HKID from both things the card prints: the characters, as the OCR read them, and the
 * Chinese Commercial Code under them (four digits per character, which the OCR reads reliably). The recogniser's
 * dictionary lacks many traditional characters (穎, 譚 and 盧 are not in PP-OCR's 6,623), so it drops them or reads
 * a look-alike (盧 → 虚); the code names each character exactly. Where the two differ the code's character is
 * taken; where a code is unknown to the code book, the OCR's character at that place (when the counts agree).
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
    const candidates = characterForCode(code);
    // The OCR's own character when it is one of the code's (the two books differ); else Hong Kong's book first.
    const own = read.length === codes.length ? read[i] : undefined;
    if (own !== undefined && candidates.includes(own)) return own;
    return candidates[0] ?? (read.length === codes.length ? (read[i] ?? '') : '');
  });
  const name = decoded.join('');
  return { name, agreeing: commonSubsequence(read, [...name]), read: read.length, fromCodes: decoded.every((c, i) => characterForCode(codes[i]!).includes(c)) };
}
