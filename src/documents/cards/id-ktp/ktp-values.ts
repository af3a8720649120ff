/**
 * The e-KTP's closed vocabularies (Dukcapil's data entry lists, Permendagri 118/2017 on the KTP-el's contents):
 * sex, blood group, religion, marital status, citizenship and the lifetime validity. A value the recogniser read
 * close to one of them is returned as that word, in the case the card printed it (most cards print upper case,
 * some mock-ups mixed case), so a dropped space (`BELUMKAWIN`) or one wrong glyph (`KAWlN`) does not reach the
 * caller. Anything not close to a listed word is returned as read (D12: as printed).
 */

import { closest, similarity, squash } from '../text-match.js';
import { tidy } from '../common/field-values.js';

export const SEXES = ['LAKI-LAKI', 'PEREMPUAN'] as const;
/** Agama: the six recognised religions (UU 1/PNPS/1965) in Dukcapil spellings, and the believers' entry since 2017. */
const RELIGIONS = ['ISLAM', 'KRISTEN', 'KATHOLIK', 'KATOLIK', 'HINDU', 'BUDHA', 'BUDDHA', 'KONGHUCU', 'KHONGHUCU', 'KEPERCAYAAN TERHADAP TUHAN YME'];
const MARITAL = ['BELUM KAWIN', 'KAWIN', 'CERAI HIDUP', 'CERAI MATI'];
const CITIZENSHIP = ['WNI', 'WNA'];
export const LIFETIME = 'SEUMUR HIDUP';
/** Common Dukcapil occupations: only used to restore spaces the recogniser dropped (`PEGAWAINEGERISIPIL`). */
const OCCUPATIONS = [
  'BELUM/TIDAK BEKERJA', 'MENGURUS RUMAH TANGGA', 'PELAJAR/MAHASISWA', 'PENSIUNAN', 'PEGAWAI NEGERI SIPIL', 'TENTARA NASIONAL INDONESIA',
  'KEPOLISIAN RI', 'PERDAGANGAN', 'PETANI/PEKEBUN', 'PETERNAK', 'NELAYAN/PERIKANAN', 'INDUSTRI', 'KONSTRUKSI', 'TRANSPORTASI',
  'KARYAWAN SWASTA', 'KARYAWAN BUMN', 'KARYAWAN BUMD', 'KARYAWAN HONORER', 'BURUH HARIAN LEPAS', 'BURUH TANI/PERKEBUNAN',
  'PEMBANTU RUMAH TANGGA', 'TUKANG BATU', 'TUKANG KAYU', 'MEKANIK', 'GURU', 'DOSEN', 'DOKTER', 'BIDAN', 'PERAWAT', 'APOTEKER',
  'SOPIR', 'PEDAGANG', 'WIRASWASTA', 'WARTAWAN', 'USTADZ/MUBALIGH', 'PENDETA', 'SENIMAN', 'PELAUT', 'NOTARIS', 'PENGACARA',
];

/** Prints `word` in the case of `asRead`: mixed-case cards (`Laki-laki`) keep their style. */
function inCaseOf(word: string, asRead: string): string {
  const letters = asRead.replace(/[^A-Za-z]/g, '');
  const lower = letters.replace(/[^a-z]/g, '').length;
  if (letters.length === 0 || lower <= letters.length / 2) return word;
  const sentence = word.toLowerCase();
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The listed word nearest `value` when at least `minSimilarity` alike (on letters and digits only), else null. */
function nearest(value: string, words: readonly string[], minSimilarity: number): string | null {
  const best = closest(value, words);
  return best !== null && best.score >= minSimilarity ? best.word : null;
}

function snap(value: string, words: readonly string[], minSimilarity = 0.8): string {
  const read = tidy(value);
  const word = nearest(read, words, minSimilarity);
  return word === null ? read : inCaseOf(word, read);
}

export const normaliseSex = (value: string): string => snap(value, SEXES, 0.7);
export const normaliseReligion = (value: string): string => snap(value, RELIGIONS);
export const normaliseMarital = (value: string): string => snap(value, MARITAL);
export const normaliseCitizenship = (value: string): string => snap(value, CITIZENSHIP, 0.66);
export const normaliseOccupation = (value: string): string => snap(value, OCCUPATIONS, 0.9);

/** `M`/`F` from the printed sex, null when it is neither word. */
export function sexLetter(value: string): 'M' | 'F' | null {
  const word = nearest(value, SEXES, 0.7);
  return word === 'LAKI-LAKI' ? 'M' : word === 'PEREMPUAN' ? 'F' : null;
}

/** `SEUMUR HIDUP` (valid for life) when the value reads like it. */
export function isLifetime(value: string): boolean {
  return similarity(value, LIFETIME) >= 0.75;
}

/** Blood group as printed: A, B, AB, O, or `-` when unknown; the recogniser's `0` for `O` is undone. */
export function normaliseBlood(value: string): string {
  // Look-alike digits: `0` for O, `8` for B (`Gol.Darah:8`; a blood group holds no digit).
  const read = squash(value.replace(/0/g, 'O').replace(/8/g, 'B'));
  if (/^(AB|A|B|O)$/.test(read)) return read;
  // Two glyphs from `A` can only be `AB`: its `B` read as a look-alike (`AS`, `AE`, `A3`).
  if (/^A[SE3R]$/.test(read)) return 'AB';
  if (/^[-–—_]$/.test(value.trim())) return '-';
  return '';
}
