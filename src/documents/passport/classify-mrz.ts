import type { MrzFormat } from '../mrz/index.js';
import type { StructureName } from '../../verification/types.js';

/** What an MRZ says the document is (decisions.md D11; CardSubType values are listed in docs/documents.md). */
export interface MrzClass {
  structure: Extract<StructureName, 'InternationalIDPassport' | 'GeneralCard'>;
  cardType: 'PASSPORT' | 'ID_CARD';
  cardSubType: 'ICAO_TD3' | 'ICAO_TD1' | 'ICAO_TD2' | 'ICAO_MRV_A' | 'ICAO_MRV_B';
}

const SUBTYPE: Record<MrzFormat, MrzClass['cardSubType']> = {
  TD3: 'ICAO_TD3',
  TD1: 'ICAO_TD1',
  TD2: 'ICAO_TD2',
  MRVA: 'ICAO_MRV_A',
  MRVB: 'ICAO_MRV_B',
};

/**
 * A TD3 document whose code starts with `P` is a passport → `InternationalIDPassport` (D11: a passport always
 * yields it). Every other MRZ-bearing document (TD1/TD2 identity cards and residence permits, visas, TD3 travel
 * documents that are not passports) has no seed structure of its own → `GeneralCard`, as `ID_CARD`: the seed's
 * CardType vocabulary has no visa value, and a visa or permit identifies its holder like a card.
 */
export function classifyMrz(format: MrzFormat, documentCode: string): MrzClass {
  const passport = documentCode.startsWith('P');
  if (format === 'TD3' && passport) {
    return { structure: 'InternationalIDPassport', cardType: 'PASSPORT', cardSubType: 'ICAO_TD3' };
  }
  // TD2 passports exist (ICAO 9303 part 6 allows `P` on TD2): still a passport, read through GeneralCard.
  return { structure: 'GeneralCard', cardType: passport ? 'PASSPORT' : 'ID_CARD', cardSubType: SUBTYPE[format] };
}
