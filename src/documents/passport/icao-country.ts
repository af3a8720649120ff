/**
 * ICAO 9303 part 3 §5 uses ISO 3166-1 alpha-3 codes for states, with a few codes of its own. decisions.md D11
 * asks for ISO alpha-3 in results, so the ICAO-only codes that name a state with an ISO code are mapped here.
 * Codes without an ISO equivalent (organisations such as `UNO`, `EUE`; stateless `XXA`; `RKS` for Kosovo, which
 * has no ISO code) are kept as printed, so the result never invents a country.
 */
const ICAO_TO_ISO: Readonly<Record<string, string>> = {
  // Germany prints `D` (part 3 §5, note on the code for Germany).
  D: 'DEU',
};

/** ISO 3166-1 alpha-3 for an MRZ state code (fillers already removed); '' stays ''. */
export function isoCountry(mrzCode: string): string {
  const code = mrzCode.replace(/</g, '').trim().toUpperCase();
  return ICAO_TO_ISO[code] ?? code;
}
