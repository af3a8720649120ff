import { closest, similarity } from '../text-match.js';
import { rejoinCityNames } from './ph-cities.js';

/**
 * The provinces of the Philippines as Philippine cards print them at the end of an address, after the city
 * (`…, ILOILO CITY, ILOILO`): the 82 provinces of the PSA's Philippine Standard Geographic Code, Metro Manila
 * (the National Capital Region, which has none), and the names older cards still carry (Compostela Valley, renamed
 * Davao de Oro in 2019; Maguindanao, divided in 2022).
 */
export const PH_PROVINCES: readonly string[] = [
  'ABRA', 'AGUSAN DEL NORTE', 'AGUSAN DEL SUR', 'AKLAN', 'ALBAY', 'ANTIQUE', 'APAYAO', 'AURORA', 'BASILAN', 'BATAAN',
  'BATANES', 'BATANGAS', 'BENGUET', 'BILIRAN', 'BOHOL', 'BUKIDNON', 'BULACAN', 'CAGAYAN', 'CAMARINES NORTE',
  'CAMARINES SUR', 'CAMIGUIN', 'CAPIZ', 'CATANDUANES', 'CAVITE', 'CEBU', 'COTABATO', 'DAVAO DE ORO', 'DAVAO DEL NORTE',
  'DAVAO DEL SUR', 'DAVAO OCCIDENTAL', 'DAVAO ORIENTAL', 'DINAGAT ISLANDS', 'EASTERN SAMAR', 'GUIMARAS', 'IFUGAO',
  'ILOCOS NORTE', 'ILOCOS SUR', 'ILOILO', 'ISABELA', 'KALINGA', 'LA UNION', 'LAGUNA', 'LANAO DEL NORTE',
  'LANAO DEL SUR', 'LEYTE', 'MAGUINDANAO DEL NORTE', 'MAGUINDANAO DEL SUR', 'MARINDUQUE', 'MASBATE',
  'MISAMIS OCCIDENTAL', 'MISAMIS ORIENTAL', 'MOUNTAIN PROVINCE', 'NEGROS OCCIDENTAL', 'NEGROS ORIENTAL',
  'NORTHERN SAMAR', 'NUEVA ECIJA', 'NUEVA VIZCAYA', 'OCCIDENTAL MINDORO', 'ORIENTAL MINDORO', 'PALAWAN', 'PAMPANGA',
  'PANGASINAN', 'QUEZON', 'QUIRINO', 'RIZAL', 'ROMBLON', 'SAMAR', 'SARANGANI', 'SIQUIJOR', 'SORSOGON',
  'SOUTH COTABATO', 'SOUTHERN LEYTE', 'SULTAN KUDARAT', 'SULU', 'SURIGAO DEL NORTE', 'SURIGAO DEL SUR', 'TARLAC',
  'TAWI-TAWI', 'ZAMBALES', 'ZAMBOANGA DEL NORTE', 'ZAMBOANGA DEL SUR', 'ZAMBOANGA SIBUGAY',
  'METRO MANILA', 'COMPOSTELA VALLEY', 'MAGUINDANAO',
];

/** Provinces named in one word (`ILOILO`, `CEBU`): also the names of their capital cities (`ILOILO CITY`). */
const ONE_WORD_PROVINCES = new Set(PH_PROVINCES.filter((name) => !/[ -]/.test(name)));

/**
 * A one-word province's name split in two by a word gap the recogniser put inside it (`IL OILO`, `I LOILO`: the
 * space class rises beside the narrow `I` and the open-sided `L`) is joined again. Two words that join into such a
 * name are never two words of a Philippine address.
 */
export function rejoinProvinceNames(address: string): string {
  const words = address.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // The second word may end the part (`I LOILO,`).
    const [a, b] = [words[i]!, words[i + 1] ?? ''];
    const tail = /[,.]$/.test(b) ? b.slice(-1) : '';
    if (/^[A-Z]+$/.test(a) && ONE_WORD_PROVINCES.has(a + b.slice(0, b.length - tail.length))) {
      out.push(a + b);
      i++;
    } else {
      out.push(a);
    }
  }
  return out.join(' ');
}

/**
 * The period of an abbreviation read as a comma: `BRGY` (barangay) always stands before the barangay's name with
 * its period, and a street type (`ST`, `AVE`, `BLVD`, `RD`) directly before `BRGY` ends the street with its own
 * (`559 MAGSAYSAY BLVD, BRGY, LAHUG` read for `BLVD. BRGY. LAHUG` on 3 of 10 studio UMIDs). A comma elsewhere (after
 * the barangay's name, the city) is the address's own.
 */
export function abbreviationPeriods(address: string): string {
  // `RGY.` is `BRGY.` with its first glyph lost (no other Philippine address word is spelt so).
  return address.replace(/(^|\s)RGY\./g, '$1BRGY.').replace(/\b(BRGY),(?=\s*[A-Z0-9])/g, '$1.').replace(/\b(ST|AVE|BLVD|RD),(?=\s*BRGY\b)/g, '$1.');
}

/**
 * Commas the recogniser read as periods inside the address: a word of four letters or more that is no abbreviation
 * ends with a period only where a comma stood (`BAGONG SILANG. QUEZON CITY`, `STO. NINO. BAGUIO CITY`), and a
 * period before a comma after a whole word is a stray mark (`SAN JOSE., CALAMBA`). An abbreviation's period (`ST.,`,
 * `BLVD.`, `STO.`) is kept; shorter words are left as read (`MT.`, `NO.`).
 */
export function misreadCommas(address: string): string {
  const comma = (whole: string, word: string): string => (ABBREVIATIONS.has(word) ? whole : `${word},`);
  return address.replace(/\b([A-Z]{4,})\.(?=\s+[A-Z0-9])/g, comma).replace(/\b([A-Z]{2,})\.,/g, comma);
}

/** Words Philippine addresses abbreviate with a period (street types, barangay, subdivision, saints, ranks). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['ST', 'AVE', 'BLVD', 'RD', 'DR', 'BRGY', 'EXT', 'EXTN', 'HWY', 'SUBD', 'VILL', 'BLDG', 'BLK', 'STO', 'STA', 'GEN', 'SGT', 'CAPT', 'COL', 'ENGR', 'STS', 'CTR', 'COMPD', 'PROV', 'MUN']);

/** A last part this close to a province's name is that name misread; below it, it is kept as read. */
const SNAP_SIMILARITY = 0.85;

/** The province of PH_PROVINCES nearest `part`, with its similarity. */
function nearestProvince(part: string): { name: string; score: number } | null {
  const best = closest(part, PH_PROVINCES);
  return best === null ? null : { name: best.word, score: best.score };
}

/**
 * A word ending an address line with a period is an abbreviation (`ST.`, `BRGY.`, `BLVD.`) when it is this short; a
 * longer one (`FERNANDO.`, `KAPITOLYO.`) had its comma read as a period (ph-card-fields.ts joins the lines).
 */
export const MAX_ABBREVIATION = 4;

/**
 * A Philippine address as read, tidied where its own structure proves the reading wrong. An address whose last
 * comma-separated part is a province's name with a glyph or so misread (`METRO MANTLA`) gets the name back; anything
 * else (an exact name, a postcode, a part like no province) is returned as read.
 * Philippine addresses separate the town and the province with a comma (PSA's PSGC order: barangay, city or
 * municipality, province), so a town followed by a period and a province (`SAN FERNANDO. LA UNION`) had its comma
 * misread (misreadCommas, which also covers `ILOILO CITY. ILOILO`), and a city followed by a province without one
 * (`ILOILO CITY ILOILO`) lost it: both get it back. A one-word province or city split by a stray word gap is joined
 * first (rejoinProvinceNames, rejoinCityNames), and abbreviation periods read as commas are put back
 * (abbreviationPeriods).
 */
export function tidyPhilippineAddress(read: string): string {
  const address = misreadCommas(abbreviationPeriods(rejoinCityNames(rejoinProvinceNames(read))));
  const cut = address.lastIndexOf(',');
  const last = address.slice(cut + 1).trim();
  // A city run into its province, the comma between them lost at a line break (`ILOILO CITY ILOILO`,
  // `MAKATI CITY METRO MANILA`): the comma comes back when what follows CITY is a province.
  const runOn = /^(.*\bCITY)\s+([A-Z][A-Z -]*)$/.exec(last);
  if (runOn !== null) {
    const province = nearestProvince(runOn[2]!);
    if (province !== null && province.score >= SNAP_SIMILARITY) return `${address.slice(0, cut + 1)}${cut < 0 ? '' : ' '}${runOn[1]}, ${province.name}`;
  }
  if (last === '' || cut < 0) return address;
  // A province named after its capital city follows it (`CEBU CITY, CEBU`, `ILOILO CITY, ILOILO`): a last part one
  // glyph off that name (`CEU`, too short for SNAP_SIMILARITY) is that province.
  const city = /^(.+) CITY$/.exec(address.slice(0, cut).split(',').pop()?.trim() ?? '')?.[1];
  if (city !== undefined && city !== last && PH_PROVINCES.includes(city) && similarity(last, city) >= CITY_PROVINCE_SIMILARITY) {
    return `${address.slice(0, cut + 1)} ${city}`;
  }
  const best = nearestProvince(last);
  if (best === null || best.score === 1 || best.score < SNAP_SIMILARITY) return address;
  return `${address.slice(0, cut + 1)} ${best.name}`;
}

/** One glyph in four: how far a province after its namesake city may be misread (`CEU` for `CEBU`). */
const CITY_PROVINCE_SIMILARITY = 0.75;
