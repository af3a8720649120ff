/**
 * Filipino people: given names (often two), the middle name (the mother's maiden surname) and the surname,
 * and addresses in the house/street, barangay, city, province order used on Philippine IDs.
 */

import type { Rng } from '../prng.js';

const GIVEN_M = ['JUAN', 'JOSE', 'MARK ANTHONY', 'JOHN PAUL', 'RICARDO', 'EDUARDO', 'MIGUEL', 'CARLO', 'ANGELO', 'RAMON', 'JERICHO', 'PAOLO', 'EMMANUEL'];
const GIVEN_F = ['MARIA CRISTINA', 'ANA MARIE', 'MARICEL', 'ROSALIE', 'JOCELYN', 'KRISTINE JOY', 'MARY GRACE', 'LIZA', 'CHARMAINE', 'ANGELICA', 'JENNIFER', 'PRECIOUS'];
const SURNAMES = ['DELA CRUZ', 'SANTOS', 'REYES', 'BAUTISTA', 'OCAMPO', 'GARCIA', 'MENDOZA', 'TORRES', 'TOMAS', 'ANDRADA', 'CASTILLO', 'FLORES', 'VILLANUEVA', 'RAMOS', 'DE LEON', 'AQUINO', 'NAVARRO', 'MERCADO', 'SORIANO', 'PASCUAL', 'DIMAGIBA', 'MACARAEG'];

export interface PhName {
  first: string;
  middle: string;
  last: string;
}

export function phName(rng: Rng, sex: 'M' | 'F'): PhName {
  const last = rng.pick(SURNAMES);
  let middle = rng.pick(SURNAMES);
  while (middle === last) middle = rng.pick(SURNAMES);
  return { first: rng.pick(sex === 'M' ? GIVEN_M : GIVEN_F), middle, last };
}

/** [city, province or region, ZIP] */
const PLACES = [
  ['QUEZON CITY', 'METRO MANILA', '1100'], ['PASIG CITY', 'METRO MANILA', '1600'], ['MAKATI CITY', 'METRO MANILA', '1200'],
  ['CEBU CITY', 'CEBU', '6000'], ['DAVAO CITY', 'DAVAO DEL SUR', '8000'], ['BACOLOD CITY', 'NEGROS OCCIDENTAL', '6100'],
  ['ILOILO CITY', 'ILOILO', '5000'], ['BAGUIO CITY', 'BENGUET', '2600'], ['CALAMBA CITY', 'LAGUNA', '4027'],
  ['ANGELES CITY', 'PAMPANGA', '2009'], ['SAN FERNANDO', 'LA UNION', '2500'],
] as const;
const STREETS = ['RIZAL ST.', 'MABINI ST.', 'BONIFACIO AVE.', 'LUNA ST.', 'SAMPAGUITA ST.', 'AGUINALDO HIGHWAY', 'P. BURGOS ST.', 'MAGSAYSAY BLVD.', 'ACACIA LANE'];
const BARANGAYS = ['SAN ANTONIO', 'POBLACION', 'SAN ISIDRO', 'STO. NIÑO', 'BAGONG SILANG', 'MALINIS', 'SAN JOSE', 'MAYAMOT', 'KAPITOLYO', 'LAHUG'];

export interface PhAddress {
  /** One line, as printed on the single-line cards. */
  line: string;
  zip: string;
}

export function phAddress(rng: Rng): PhAddress {
  const [city, province, zip] = rng.pick(PLACES);
  const brgy = rng.pick(BARANGAYS).replace('Ñ', 'N');
  return { line: `${rng.int(1, 999)} ${rng.pick(STREETS)} BRGY. ${brgy}, ${city}, ${province}`, zip };
}

export const CIVIL_STATUS = ['SINGLE', 'MARRIED', 'MARRIED', 'WIDOWED', 'SEPARATED'];
