/** Helpers to compare visual-zone text with MRZ values (OCR drops spaces and may add or lose diacritics). */

/**
 * The forms an MRZ may give a printed value (ICAO 9303-3 §6 transliteration): diacritics dropped (`É` → `E`), or
 * the German-style digraphs (`Ü` → `UE`, `Ö` → `OE`, `Ä` → `AE`) that the recommended table also uses.
 */
export function mrzForms(text: string): string[] {
  const digraphs = text.toUpperCase().replace(/Ü/g, 'UE').replace(/Ö/g, 'OE').replace(/Ä/g, 'AE');
  return [...new Set([mrzComparable(text), mrzComparable(digraphs)])];
}

/** ICAO 9303-3 §6 (Table of transliterations): the MRZ writes these printed letters as two. */
const DIGRAPH_LETTERS: Readonly<Record<string, string>> = { AE: 'Ä', OE: 'Ö', UE: 'Ü' };

/**
 * Reads `printed` (already mrzComparable) as the MRZ value `mrz` (mrzComparable too) with some of its `AE`, `OE`,
 * `UE` printed as one letter whose diacritic the OCR lost (`MÜLLER` read `MULLER` against the MRZ's `MUELLER`).
 * Returns, for each digraph of `mrz` in order, whether it was printed as one letter; null when `printed` is not
 * such a reading (including when it equals `mrz`: nothing was lost).
 */
export function lostDigraphs(printed: string, mrz: string): boolean[] | null {
  const digraphs = [...mrz.matchAll(/[AOU]E/g)];
  if (digraphs.length === 0 || printed.length >= mrz.length) return null;
  // Each digraph either whole or its vowel alone; the rest of the value letter for letter.
  let pattern = '^';
  let at = 0;
  for (const d of digraphs) {
    pattern += `${mrz.slice(at, d.index)}${d[0][0]}(E?)`;
    at = d.index! + 2;
  }
  const match = new RegExp(`${pattern}${mrz.slice(at)}$`).exec(printed);
  return match === null ? null : match.slice(1).map((e) => e === '');
}

/**
 * The MRZ value `mrz` (with its spaces) written as printed: the digraphs `lostDigraphs` found printed as one
 * letter become that letter (`MUELLER` → `MÜLLER`); null when `printed` is not such a reading of it.
 */
export function withPrintedLetters(printed: string, mrz: string): string | null {
  const lost = lostDigraphs(mrzComparable(printed), mrzComparable(mrz));
  if (lost === null || lost.every((l) => !l)) return null;
  // mrzComparable keeps the A–Z of an MRZ value and drops only its spaces, so the digraphs come in the same order,
  // unless one spans two words (`LUCA EMIL`): then the name is left as the MRZ writes it.
  if ((mrz.match(/[AOU]E/g) ?? []).length !== lost.length) return null;
  let k = 0;
  return mrz.replace(/[AOU]E/g, (pair) => (lost[k++] === true ? DIGRAPH_LETTERS[pair]! : pair));
}

/** Upper case, diacritics removed, only A–Z and 0–9: how the MRZ would transliterate a printed value. */
export function mrzComparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/ß/g, 'SS')
    // Letters NFD does not decompose.
    .replace(/Æ/g, 'AE')
    .replace(/Ø/g, 'OE')
    .replace(/[^A-Z0-9]/g, '');
}

const MONTHS: Record<string, number> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12,
};

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Dates printed in a line, as `YYYY-MM-DD`: `22 OCT 1955` (ICAO 9303-3 §4.3 VIZ order, OCR may drop the spaces),
 * `22.10.1955`, `22/10/1955`, `22-10-1955`, `1955-10-22`. Bilingual month forms (`OCT/OKT`) use the first.
 */
export function datesIn(text: string): string[] {
  const upper = text.toUpperCase();
  const found: string[] = [];
  for (const m of upper.matchAll(/(\d{1,2})\s*([A-Z]{3})(?:\s*\/\s*[A-Z]{3,4})?\s*(\d{4})/g)) {
    const month = MONTHS[m[2] ?? ''];
    const date = month === undefined ? null : iso(Number(m[3]), month, Number(m[1]));
    if (date !== null) found.push(date);
  }
  // Day, month, year separated by dots, slashes, dashes or spaces (many ID cards print `02 09 1955`).
  for (const m of upper.matchAll(/(\d{1,2})\s*[./ -]\s*(\d{1,2})\s*[./ -]\s*(\d{4})/g)) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date !== null) found.push(date);
  }
  for (const m of upper.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date !== null) found.push(date);
  }
  return found;
}

/** Levenshtein distance, for "nearly the same value" decisions on short strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const saved = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length] as number;
}

/** Glyph pairs OCR confuses in numbers printed in the visual zone (`I`/`1`, `O`/`0`, …): folded to one form. */
const CONFUSABLE: Readonly<Record<string, string>> = { O: '0', Q: '0', D: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6' };

/** A value with OCR-confusable glyphs folded, so `C16590279` and `CI6590279` compare equal. */
export function foldConfusables(text: string): string {
  return [...text].map((c) => CONFUSABLE[c] ?? c).join('');
}
