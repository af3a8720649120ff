/**
 * House and block numbers the recogniser read with a letter for a digit (`S46` for `546`, `7O4` for `704`): a
 * token of two to six characters made of digits and at most one of `O`, `S`, `I`, `l` (the look-alikes that never
 * end a house number as a suffix letter would; `B` and `Z` are left alone, `10B` is a real address), with at least
 * two digits or starting with one (`3O`), is read as digits. Names and captions have no digits, so they are never touched.
 */
const LOOK_ALIKE: Record<string, string> = { O: '0', S: '5', I: '1', l: '1' };

export function digitTokens(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])[0-9OSIl]{2,6}(?![\p{L}\p{N}])/gu, (token) => {
    const letters = [...token].filter((c) => c in LOOK_ALIKE).length;
    const digits = token.length - letters;
    // Two digits anchor the token; one does when it leads (`3O` is 30: these letters are never a number's suffix).
    const anchored = digits >= 2 || (digits === 1 && /^\d/.test(token));
    return letters === 1 && anchored ? [...token].map((c) => LOOK_ALIKE[c] ?? c).join('') : token;
  });
}
