/**
 * Singapore people for the NRIC: the four race categories printed on the card, English names as registered
 * (dialect romanisation for Chinese Singaporeans, with their Chinese name in simplified characters), and HDB or
 * condominium addresses with a six-digit postal code.
 */

import type { Rng } from '../prng.js';

/** [English surname, simplified Chinese surname] */
type Pair = readonly [string, string];
const CN_SURNAMES: readonly Pair[] = [
  ['TAN', '陈'], ['LIM', '林'], ['LEE', '李'], ['NG', '黄'], ['ONG', '王'], ['WONG', '黄'], ['GOH', '吴'], ['CHUA', '蔡'],
  ['KOH', '许'], ['TEO', '张'], ['ANG', '洪'], ['YEO', '杨'], ['TAY', '郑'], ['HO', '何'], ['LOW', '刘'], ['SIM', '沈'],
];
/** [romanised given name, simplified Chinese given name] */
const CN_GIVEN_M: readonly Pair[] = [
  ['AH KOW', '亚九'], ['BOON HUAT', '文发'], ['WEI MING', '伟明'], ['KOK HWA', '国华'], ['JUN JIE', '俊杰'],
  ['CHEE KEONG', '志强'], ['ZHI HAO', '志豪'], ['KAH HENG', '家兴'], ['YONG LIANG', '永良'],
];
const CN_GIVEN_F: readonly Pair[] = [
  ['SIEW LING', '秀玲'], ['MEI LING', '美玲'], ['HUI MIN', '慧敏'], ['XIN YI', '欣怡'], ['LI TING', '丽婷'],
  ['BEE LIAN', '美莲'], ['SHU FEN', '淑芬'], ['JIA HUI', '佳慧'], ['YU TING', '雨婷'],
];
const MALAY_M = ['MUHAMMAD FAIZAL', 'AHMAD RIDZUAN', 'MOHAMED ISKANDAR', 'HAIKAL'];
const MALAY_F = ['NUR SYAHIRAH', 'SITI AISHAH', 'FARHANA', 'NURUL AIN'];
const MALAY_FATHER = ['BIN ISMAIL', 'BIN OSMAN', 'BIN RAHMAT', 'BIN SALLEH'];
const INDIAN_M = ['RAJ KUMAR', 'ARJUN', 'VIKNESWARAN', 'SURESH'];
const INDIAN_F = ['PRIYA', 'KAVITA', 'DIVYA', 'SHALINI'];
const INDIAN_FATHER = ['S/O RAMASAMY', 'S/O KRISHNAN', 'S/O NAIR', 'S/O PILLAI'];
const EURASIAN_GIVEN_M = ['JONATHAN', 'MARCUS', 'DANIEL'];
const EURASIAN_GIVEN_F = ['SARAH', 'RACHEL', 'CLAIRE'];
const EURASIAN_SURNAMES = ['DE SOUZA', 'PEREIRA', 'FERNANDEZ', 'SCHOON'];

export type SgRace = 'CHINESE' | 'MALAY' | 'INDIAN' | 'EURASIAN';

export interface SgPerson {
  name: string;
  chineseName: string;
  race: SgRace;
}

export function sgPerson(rng: Rng, sex: 'M' | 'F'): SgPerson {
  const race = rng.weighted<SgRace>([['CHINESE', 7], ['MALAY', 1.5], ['INDIAN', 1], ['EURASIAN', 0.3]]);
  if (race === 'CHINESE') {
    const [en, cn] = rng.pick(CN_SURNAMES);
    const [given, cnGiven] = rng.pick(sex === 'M' ? CN_GIVEN_M : CN_GIVEN_F);
    return { name: `${en} ${given}`, chineseName: `${cn}${cnGiven}`, race };
  }
  if (race === 'MALAY') {
    const father = rng.pick(MALAY_FATHER);
    return { name: `${rng.pick(sex === 'M' ? MALAY_M : MALAY_F)} ${sex === 'M' ? father : father.replace('BIN', 'BINTE')}`, chineseName: '', race };
  }
  if (race === 'INDIAN') {
    const father = rng.pick(INDIAN_FATHER);
    return { name: `${rng.pick(sex === 'M' ? INDIAN_M : INDIAN_F)} ${sex === 'M' ? father : father.replace('S/O', 'D/O')}`, chineseName: '', race };
  }
  return { name: `${rng.pick(sex === 'M' ? EURASIAN_GIVEN_M : EURASIAN_GIVEN_F)} ${rng.pick(EURASIAN_SURNAMES)}`, chineseName: '', race };
}

/** [street, postal-code prefix (district)] */
const HDB_STREETS = [
  ['ANG MO KIO AVENUE 3', '56'], ['TAMPINES STREET 21', '52'], ['BEDOK NORTH ROAD', '46'], ['JURONG WEST STREET 42', '64'],
  ['TOA PAYOH LORONG 1', '31'], ['WOODLANDS DRIVE 16', '73'], ['YISHUN RING ROAD', '76'], ['CLEMENTI AVENUE 2', '12'],
  ['PUNGGOL FIELD', '82'], ['SENGKANG EAST WAY', '54'],
] as const;

export interface SgAddress {
  lines: string[];
  postCode: string;
}

export function sgAddress(rng: Rng): SgAddress {
  const [street, prefix] = rng.pick(HDB_STREETS);
  const block = rng.int(100, 899);
  // HDB codes: two-digit sector, then the block number (e.g. Blk 123 Ang Mo Kio Ave 3 → 560123).
  const postCode = `${prefix}${rng.int(0, 1)}${block}`;
  const unit = `#${String(rng.int(2, 25)).padStart(2, '0')}-${rng.int(10, 1999)}`;
  return { lines: [`BLK ${block} ${street}`, unit, `SINGAPORE ${postCode}`], postCode };
}
