// Fuzzy text comparison for card captions and keywords. The recogniser drops spaces between words and confuses a
// few glyphs (engine-notes.md), so captions are compared on their letters and digits only, upper-cased, and by
// edit distance rather than equality.

/** Upper-case letters and digits only: `Tempat/Tgl Lahir` → `TEMPATTGLLAHIR`. Keeps non-Latin scripts. */
export function squash(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
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

function substitution(x: string, y: string): number {
  if (x === y) return 0;
  const [a, b] = [x.charCodeAt(0), y.charCodeAt(0)];
  return a < 128 && b < 128 ? ASCII_COSTS[a * 128 + b]! : 1;
}

/** Levenshtein distance (two-row dynamic programme), confusable glyphs substituted cheaply. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = substitution(a[i - 1]!, b[j - 1]!);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal squashed strings, falling to 0 as the edit distance approaches the longer length. */
export function similarity(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : 1 - editDistance(x, y) / longest;
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
  for (const length of [p.length - 1, p.length, p.length + 1]) {
    if (length <= 0 || length > t.length) continue;
    for (let start = 0; start + length <= t.length; start++) {
      const score = 1 - editDistance(t.slice(start, start + length), p) / Math.max(length, p.length);
      if (score > best) best = score;
    }
  }
  return best;
}
