import type { CardType } from './types.js';

/**
 * Whether a document needs its back image, spec §D.5 (faceid table), plus Macao from the successor's table
 * (spec §I.6), since decisions.md D8 accepts MAC. Passports and AUTO are not in the table: not required.
 */
const BACK_REQUIRED: Record<string, Partial<Record<CardType, boolean>>> = {
  IDN: { ID_CARD: false, DRIVING_LICENSE: false },
  HKG: { ID_CARD: true },
  THA: { ID_CARD: false, DRIVING_LICENSE: true },
  MYS: { ID_CARD: true, DRIVING_LICENSE: true },
  SGP: { ID_CARD: true, DRIVING_LICENSE: true },
  PHL: { ID_CARD: true, DRIVING_LICENSE: false },
  JPN: { ID_CARD: true, DRIVING_LICENSE: false },
  TWN: { ID_CARD: true },
  BGD: { ID_CARD: true },
  NGA: { ID_CARD: true, DRIVING_LICENSE: true },
  PAK: { ID_CARD: true, DRIVING_LICENSE: true },
  MAC: { ID_CARD: true },
};

export function backSideRequired(nationality: string, cardType: CardType): boolean {
  return BACK_REQUIRED[nationality]?.[cardType] ?? false;
}

/** Nationality values Apply accepts: spec §D.3 plus PHL and MAC (decisions.md D8). */
export const ACCEPTED_NATIONALITIES = [
  'AUTO', 'IDN', 'HKG', 'THA', 'MYS', 'SGP', 'JPN', 'TWN', 'BGD', 'NGA', 'PAK', 'PHL', 'MAC',
] as const;

export const ACCEPTED_CARD_TYPES: readonly CardType[] = ['ID_CARD', 'PASSPORT', 'DRIVING_LICENSE', 'AUTO'];
