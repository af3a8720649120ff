/**
 * Indonesian cards (the KTP, the SIM) print the street-type words abbreviated with a period (`JL.` jalan, `GG.`
 * gang, `KP.` kampung), a small glyph the recogniser often drops: a bare `JL`, `GG` or `KP` standing as a word
 * before another gets it back. An address opening with `IL` or `JI` is `JL` misread (`J` for `I`, `l` for `I`): no
 * Indonesian street word is spelt so.
 */
export function streetAbbreviations(address: string): string {
  return address.replace(/^(IL|JI)(?=\.?\s+\S)/, 'JL').replace(/(^|\s)(JL|GG|KP)(?=\s+\S)/g, '$1$2.');
}
