import type { RecognizedText } from './ocr-engine.js';

/**
 * Spaces the recogniser swallowed, put back from its own output. PP-OCR's recogniser often reads `PRIYA A/P
 * RAMASAMY` as `PRIYAA/PRAMASAMY` on tightly set card fonts (engine-notes.md: "it drops some spaces between words"):
 * greedy CTC decoding emits a space only where the space class wins a step outright. Between two words the space
 * class still rises on the steps between the characters, while inside a word it stays at nothing. Measured on studio
 * cards (MyKad, TIN, NRIC, UMID, e-KTP; about 70 lines): between words the best space probability was 0.01–0.72;
 * inside words it stayed at or below 0.002, except in a letter-spaced bold title (0.02, `MUL TI-PURPOSE`), where a
 * stray space costs nothing (captions and titles are matched without spaces). A space goes where it reaches `SPACE_PROBABILITY`, never before closing
 * punctuation or a slash, nor after an opening bracket or a slash (`BANYUMANIK, KOTA`, `A/P`, `RT 008/008`).
 *
 * An earlier version looked for the gap in the line's ink instead; letter gaps beside `I`, `T` or `M` in one font
 * were as wide as word gaps in another, and it both added and lost spaces.
 *
 * Only between two Latin letters, digits or Latin punctuation: Chinese and Thai are set without spaces, and the MRZ
 * reader (fixed pitch, no spaces) never calls this.
 */
const SPACE_PROBABILITY = 0.008;
const LATIN = /[\p{Script=Latin}\p{N}.,:;/()'&-]/u;
const NO_SPACE_BEFORE = /[,.;:)/]/;
const NO_SPACE_AFTER = /[(/]/;

export function restoreSpaces(reading: RecognizedText): RecognizedText {
  const { chars } = reading;
  const out: RecognizedText['chars'] = [];
  for (const [i, here] of chars.entries()) {
    const before = chars[i - 1];
    const gap =
      before !== undefined &&
      before.char !== ' ' &&
      here.char !== ' ' &&
      LATIN.test(before.char) &&
      LATIN.test(here.char) &&
      !NO_SPACE_BEFORE.test(here.char) &&
      !NO_SPACE_AFTER.test(before.char);
    // After a comma between two words a space is printed on every card of the seed (`KARAWACI, KOTA`); the recogniser
    // drops it more often than any other.
    const afterComma = before?.char === ',' && /\p{L}/u.test(here.char);
    // Likewise after an abbreviation of two letters or more (`JL. ANGSANA`, `NO. 21`, `ST. BRGY.`); a single letter
    // keeps its text joined as printed (`W.PERSEKUTUAN`).
    const afterAbbreviation = before?.char === '.' && /[\p{L}\p{N}]/u.test(here.char) && /\p{L}{2,}$/u.test(chars.slice(0, i - 1).map((c) => c.char).join(''));
    if (gap && ((here.spaceBefore ?? 0) >= SPACE_PROBABILITY || afterComma || afterAbbreviation)) {
      out.push({ char: ' ', confidence: here.spaceBefore ?? 0, x: (before.x + here.x) / 2 });
    }
    out.push(here);
  }
  if (out.length === chars.length) return reading;
  return { ...reading, text: out.map((c) => c.char).join(''), chars: out };
}
