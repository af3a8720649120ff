/**
 * Cities of the Philippines whose name is one word, as addresses print them before `CITY` (`CALAMBA CITY`): the
 * component and highly urbanised cities of the PSA's Philippine Standard Geographic Code, spelt as cards print them
 * in capitals without the tilde (`BINAN`, `DASMARINAS`, `PARANAQUE`). Cities named in several words (`SAN FERNANDO`,
 * `CAGAYAN DE ORO`) are left out: a split inside them cannot be told from their own word gaps.
 */
export const PH_ONE_WORD_CITIES: ReadonlySet<string> = new Set([
  'ALAMINOS', 'ANGELES', 'ANTIPOLO', 'BACOLOD', 'BACOOR', 'BAGO', 'BAGUIO', 'BAIS', 'BALANGA', 'BATAC', 'BATANGAS',
  'BAYAWAN', 'BAYBAY', 'BAYUGAN', 'BINAN', 'BISLIG', 'BOGO', 'BORONGAN', 'BUTUAN', 'CABADBARAN', 'CABANATUAN',
  'CABUYAO', 'CADIZ', 'CALACA', 'CALAMBA', 'CALAPAN', 'CALBAYOG', 'CALOOCAN', 'CANDON', 'CANLAON', 'CARCAR', 'CARMONA',
  'CATBALOGAN', 'CAUAYAN', 'CAVITE', 'CEBU', 'COTABATO', 'DAGUPAN', 'DANAO', 'DAPITAN', 'DASMARINAS', 'DAVAO', 'DIGOS',
  'DIPOLOG', 'DUMAGUETE', 'ESCALANTE', 'GAPAN', 'GINGOOG', 'GUIHULNGAN', 'HIMAMAYLAN', 'ILAGAN', 'ILIGAN', 'ILOILO',
  'IMUS', 'IRIGA', 'ISABELA', 'KABANKALAN', 'KIDAPAWAN', 'KORONADAL', 'LAMITAN', 'LAOAG', 'LEGAZPI', 'LIGAO', 'LIPA',
  'LUCENA', 'MAASIN', 'MABALACAT', 'MAKATI', 'MALABON', 'MALAYBALAY', 'MALOLOS', 'MANDALUYONG', 'MANDAUE', 'MANILA',
  'MARAWI', 'MARIKINA', 'MASBATE', 'MATI', 'MEYCAUAYAN', 'MUNTINLUPA', 'NAGA', 'NAVOTAS', 'OLONGAPO', 'ORMOC',
  'OROQUIETA', 'OZAMIZ', 'PAGADIAN', 'PALAYAN', 'PANABO', 'PARANAQUE', 'PASAY', 'PASIG', 'PASSI', 'QUEZON', 'ROXAS',
  'SAGAY', 'SAMAL', 'SANTIAGO', 'SILAY', 'SIPALAY', 'SORSOGON', 'SURIGAO', 'TABACO', 'TABUK', 'TACLOBAN', 'TACURONG',
  'TAGAYTAY', 'TAGBILARAN', 'TAGUIG', 'TAGUM', 'TALISAY', 'TANAUAN', 'TANDAG', 'TANGUB', 'TANJAY', 'TARLAC', 'TAYABAS',
  'TOLEDO', 'TUGUEGARAO', 'URDANETA', 'VALENCIA', 'VALENZUELA', 'VICTORIAS', 'VIGAN', 'ZAMBOANGA',
]);

/**
 * A one-word city's name split by a word gap the recogniser put inside it, directly before `CITY` (`CALAM BA CITY`:
 * the space class rises beside the narrow `B`), is joined again. Two words that join into such a name before `CITY`
 * are never two words of a Philippine address.
 */
export function rejoinCityNames(address: string): string {
  return address.replace(/\b([A-Z]+) ([A-Z]+)(?= CITY\b)/g, (whole, a: string, b: string) => (PH_ONE_WORD_CITIES.has(a + b) ? a + b : whole));
}
