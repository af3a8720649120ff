// Maps a general OCR reading of an MRZ line onto the MRZ alphabet (ICAO 9303 part 3 §4.1: A–Z, 0–9 and `<`).
// The PP-OCR dictionary holds thousands of characters; on OCR-B filler it produces angle-quote and
// inequality lookalikes (engine-notes: `«`, `≤`, `‹`), full-width forms, and lower-case letters. Spaces are not
// MRZ characters (the recogniser inserts them at wide gaps) and are dropped. Characters with no mapping stay,
// so the parser reports them rather than this step guessing.

const FILLER_LOOKALIKES = '<«‹≤≺〈《＜⟨⩽⪕∠‘';

/** Letter lookalikes from other scripts (and the multiplication sign) that PP-OCR's dictionary may emit. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  Ο: 'O', О: 'O', Α: 'A', А: 'A', Β: 'B', В: 'B', Ε: 'E', Е: 'E', Η: 'H', Н: 'H', Ι: 'I', І: 'I', Κ: 'K', К: 'K',
  Μ: 'M', М: 'M', Ν: 'N', Ρ: 'P', Р: 'P', Τ: 'T', Т: 'T', Χ: 'X', Х: 'X', '×': 'X', Υ: 'Y', У: 'Y', Ζ: 'Z', С: 'C',
  Ѕ: 'S',
};

export function toMrzAlphabet(text: string): string {
  let out = '';
  for (const raw of text.normalize('NFKC')) {
    if (/\s/.test(raw)) continue;
    if (FILLER_LOOKALIKES.includes(raw)) {
      out += '<';
      continue;
    }
    const c = LOOKALIKES[raw] ?? raw.toUpperCase();
    out += c;
  }
  return out;
}

/**
 * Share of a raw reading's characters (spaces aside) that are MRZ characters or filler lookalikes: how much it
 * looks like an MRZ line. Lower-case letters and punctuation count against it: an MRZ has none, while visual-zone
 * captions ("Date of birth/Date de naissance") are full of them.
 */
export function mrzAlphabetShare(text: string): number {
  const chars = [...text.normalize('NFKC')].filter((c) => !/\s/.test(c));
  if (chars.length === 0) return 0;
  return chars.filter((c) => /[A-Z0-9]/.test(c) || FILLER_LOOKALIKES.includes(c)).length / chars.length;
}
