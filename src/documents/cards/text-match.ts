// Fuzzy text comparison for card captions and keywords. The recogniser drops spaces between words and confuses a
// few glyphs (engine-notes.md), so captions are compared on their letters and digits only, upper-cased, and by
// edit distance rather than equality.

/** Squashed texts already computed: the same line texts and captions are squashed for every template's search. */
const squashed = new Map<string, string>();
const SQUASH_MEMO_LIMIT = 4096;

/** Upper-case letters and digits only: `Tempat/Tgl Lahir` → `TEMPATTGLLAHIR`. Keeps non-Latin scripts. */
export function squash(text: string): string {
  const known = squashed.get(text);
  if (known !== undefined) return known;
  const result = text.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (squashed.size >= SQUASH_MEMO_LIMIT) squashed.clear();
  squashed.set(text, result);
  return result;
}

/**
 * Glyphs the recogniser confuses on card fonts (`AOORESS` for ADDRESS, `CITIZENSHOP`, `5` for `S`): substituting
 * one for another costs `CONFUSABLE_COST` instead of 1, so a caption misread this way still matches.
 */
const CONFUSABLE_GROUPS = ['0ODQ', '1IL|', '5S', '8B', '2Z', '6G', 'CG', 'UV', 'MN', 'EF', 'PR'];
const CONFUSABLE_COST = 0.4;
/** Substitution costs between ASCII glyphs as one flat table (this runs for every caption against every line). */
const ASCII_COSTS = new Float64Array(128 * 128).fill(1);
for (let c = 0; c < 128; c++) ASCII_COSTS[c * 128 + c] = 0;
for (const group of CONFUSABLE_GROUPS) {
  for (const x of group) for (const y of group) if (x !== y) ASCII_COSTS[x.charCodeAt(0) * 128 + y.charCodeAt(0)] = CONFUSABLE_COST;
}

function substitution(a: number, b: number): number {
  if (a === b) return 0;
  return a < 128 && b < 128 ? ASCII_COSTS[a * 128 + b]! : 1;
}

/** Two DP rows reused across calls (these functions run for every caption against every line of every side). */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

function rows(length: number): void {
  if (rowA.length >= length) return;
  rowA = new Float64Array(length * 2);
  rowB = new Float64Array(length * 2);
}

/** Levenshtein distance (two-row dynamic programme), confusable glyphs substituted cheaply. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return windowDistances(a, 0, a.length, a.length, b)[0]!;
}

const distances = [0, 0, 0];

/**
 * Edit distances between `pattern` and the windows of `text` that start at `start` and run `from`..`to` glyphs
 * long (`from` ≥ 1; the result holds `to - from + 1` of them, valid until the next call): one programme over the
 * longest window, whose rows for shorter lengths are the shorter windows' distances. Rows run over the text's
 * glyphs, columns over the pattern's.
 */
function windowDistances(text: string, start: number, from: number, to: number, pattern: string): number[] {
  const n = pattern.length;
  rows(n + 1);
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= to; i++) {
    const glyph = text.charCodeAt(start + i - 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const replace = previous[j - 1]! + substitution(glyph, pattern.charCodeAt(j - 1));
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      current[j] = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
    }
    if (i >= from) distances[i - from] = current[n]!;
    [previous, current] = [current, previous];
  }
  return distances;
}

/** 1 for equal squashed strings, falling to 0 as the edit distance approaches the longer length. */
export function similarity(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : 1 - editDistance(x, y) / longest;
}

/** The listed word most like `value` (`similarity`), with its score; null for an empty list. */
export function closest(value: string, words: readonly string[]): { word: string; score: number } | null {
  let best: { word: string; score: number } | null = null;
  for (const word of words) {
    const score = similarity(value, word);
    if (best === null || score > best.score) best = { word, score };
  }
  return best;
}

/**
 * How well `phrase` occurs inside `text` (squashed): the best similarity of the phrase to any window of the
 * text of the phrase's length (±1, for a dropped or doubled glyph). A caption printed on the same line as its
 * value (`NIK : 3171…`) or two captions run together by the detector are still found.
 */
export function containment(text: string, phrase: string): number {
  const t = squash(text);
  const p = squash(phrase);
  if (p.length === 0 || t.length === 0) return 0;
  if (t.includes(p)) return 1;
  // A text shorter than the phrase (letters of the caption lost): the whole text against the whole phrase.
  let best = t.length < p.length - 1 ? 1 - editDistance(t, p) / p.length : 0;
  // Every start, with windows of the phrase's length and one glyph either side, from one programme per start.
  const shortest = Math.max(1, p.length - 1);
  for (let start = 0; start + shortest <= t.length; start++) {
    const longest = Math.min(p.length + 1, t.length - start);
    const d = windowDistances(t, start, shortest, longest, p);
    for (let length = shortest; length <= longest; length++) {
      const score = 1 - d[length - shortest]! / Math.max(length, p.length);
      if (score > best) best = score;
    }
  }
  return best;
}
