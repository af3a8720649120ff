import { similarity } from '../text-match.js';

/**
 * The states and federal territories of Malaysia as MyKad addresses end with them (`70714 SEREMBAN NEGERI
 * SEMBILAN`): the thirteen states and the three federal territories, in the forms JPN prints.
 */
export const MY_STATES: readonly string[] = [
  'JOHOR', 'KEDAH', 'KELANTAN', 'MELAKA', 'NEGERI SEMBILAN', 'PAHANG', 'PERAK', 'PERLIS', 'PULAU PINANG', 'SABAH',
  'SARAWAK', 'SELANGOR', 'TERENGGANU', 'W.P. KUALA LUMPUR', 'W.P. LABUAN', 'W.P. PUTRAJAYA', 'WILAYAH PERSEKUTUAN',
  'KUALA LUMPUR', 'LABUAN', 'PUTRAJAYA',
];

/** The names, most words first, then longest: `NEGERI SEMBILAN` is tried before any one-word state. */
const LONGEST_FIRST = [...MY_STATES].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);

/** Trailing words this similar to a state's name (text-match.ts `similarity`) are that name misread. */
const STATE_SIMILARITY = 0.8;

/**
 * An address whose last words are a state's name with a glyph misread (`NEGERL SEMBILAN`) gets the name back; one
 * ending in an exact name, or in words like no state's, is returned as read. Longer names are tried first, so
 * `NEGERI SEMBILAN` is never cut to a one-word state.
 */
export function snapState(address: string): string {
  const words = address.split(' ');
  for (const state of LONGEST_FIRST) {
    const count = state.split(' ').length;
    if (words.length <= count) continue;
    const tail = words.slice(-count).join(' ');
    if (tail === state) return address;
    if (similarity(tail, state) >= STATE_SIMILARITY) return [...words.slice(0, -count), state].join(' ');
  }
  return address;
}
