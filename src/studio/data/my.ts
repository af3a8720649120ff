/**
 * Malaysian people for MyKad: Malay names with bin/binti and the father's name, Chinese Malaysian names in
 * dialect romanisation, Indian names with A/L / A/P (anak lelaki / anak perempuan), and addresses in the
 * JPN style (house, street, taman, postcode, town, state).
 */

import type { Rng } from '../prng.js';

const MALAY_MALE = ['AHMAD', 'MUHAMMAD', 'MOHD', 'ABDUL RAHMAN', 'AZMAN', 'FAIZAL', 'HAFIZ', 'ISMAIL', 'KAMARUL', 'RAZAK', 'ZULKIFLI', 'AMIRUL', 'HAKIM', 'SYAFIQ', 'IZZAT'];
const MALAY_FEMALE = ['NUR AISYAH', 'SITI NURHALIZA', 'MARNISAH', 'NORAZLINA', 'FARAH', 'NURUL HUDA', 'AINA', 'SHARIFAH', 'ZAINAB', 'HASLINDA', 'AZLINA', 'NADIA'];
const MALAY_FATHER = ['ABDULLAH', 'OMAR', 'ISMAIL', 'YUSOF', 'HASSAN', 'IBRAHIM', 'OTHMAN', 'AZIZ', 'KASSIM', 'MAHMUD', 'SULAIMAN', 'RAHIM', 'ZAKARIA'];
const CN_SURNAME = ['TAN', 'LIM', 'LEE', 'ONG', 'WONG', 'NG', 'CHONG', 'CHAN', 'TEOH', 'LOH', 'GOH', 'YAP', 'KHOO', 'CHEAH', 'OOI'];
const CN_GIVEN_M = ['WEI MING', 'KOK LEONG', 'CHEE KEONG', 'BOON HOCK', 'KAH WAI', 'JUN HAO', 'YONG SHENG', 'KHI MIN', 'TECK SOON'];
const CN_GIVEN_F = ['SIEW LING', 'MEI LING', 'HUI MIN', 'PEI SHAN', 'LAY HOON', 'XIN YI', 'WAN TING', 'SOOK YEE', 'AI LIN'];
const IN_MALE = ['RAJESH', 'KUMAR', 'SURESH', 'GANESAN', 'VIJAY', 'MURUGAN', 'ARUN', 'PRAKASH'];
const IN_FEMALE = ['KAVITHA', 'PRIYA', 'DEVI', 'LAKSHMI', 'SHANTHI', 'MALATHI', 'ANITHA'];
const IN_FATHER = ['MUTHU', 'SUBRAMANIAM', 'RAMASAMY', 'KRISHNAN', 'SELVARAJU', 'GOVINDASAMY', 'PERUMAL'];

export type MyEthnicity = 'malay' | 'chinese' | 'indian';

export interface MyPerson {
  name: string;
  ethnicity: MyEthnicity;
  /** Printed on the card only for Muslims (ISLAM). */
  religion: string;
}

export function myPerson(rng: Rng, sex: 'M' | 'F'): MyPerson {
  const ethnicity = rng.weighted<MyEthnicity>([['malay', 6], ['chinese', 3], ['indian', 1]]);
  if (ethnicity === 'malay') {
    const given = rng.pick(sex === 'M' ? MALAY_MALE : MALAY_FEMALE);
    return { name: `${given} ${sex === 'M' ? 'BIN' : 'BINTI'} ${rng.pick(MALAY_FATHER)}`, ethnicity, religion: 'ISLAM' };
  }
  if (ethnicity === 'chinese') {
    return { name: `${rng.pick(CN_SURNAME)} ${rng.pick(sex === 'M' ? CN_GIVEN_M : CN_GIVEN_F)}`, ethnicity, religion: '' };
  }
  const given = rng.pick(sex === 'M' ? IN_MALE : IN_FEMALE);
  return { name: `${given} ${sex === 'M' ? 'A/L' : 'A/P'} ${rng.pick(IN_FATHER)}`, ethnicity, religion: '' };
}

/** [postcode prefix, town, state as printed] */
const TOWNS: readonly (readonly [string, string, string])[] = [
  ['31', 'IPOH', 'PERAK'],
  ['50', 'KUALA LUMPUR', 'W.PERSEKUTUAN(KL)'],
  ['47', 'PETALING JAYA', 'SELANGOR'],
  ['40', 'SHAH ALAM', 'SELANGOR'],
  ['80', 'JOHOR BAHRU', 'JOHOR'],
  ['10', 'GEORGETOWN', 'PULAU PINANG'],
  ['75', 'MELAKA', 'MELAKA'],
  ['25', 'KUANTAN', 'PAHANG'],
  ['15', 'KOTA BHARU', 'KELANTAN'],
  ['62', 'PUTRAJAYA', 'W.PERSEKUTUAN(PUTRAJAYA)'],
  ['70', 'SEREMBAN', 'NEGERI SEMBILAN'],
  ['05', 'ALOR SETAR', 'KEDAH'],
];
const STREETS = ['JALAN MAWAR', 'JALAN SS 2/24', 'JALAN KENANGA 3', 'JALAN P8/10', 'LORONG MELATI 5', 'JALAN BUNGA RAYA', 'JALAN TUN RAZAK', 'JALAN SEROJA 7', 'PERSIARAN PERAJURIT 4'];
const AREAS = ['TAMAN MELAWATI', 'TAMAN SRI MUDA', 'TAMAN PERAK', 'BANDAR BARU', 'TAMAN DESA', 'PRESINT 8', 'KAMPUNG BARU', 'TAMAN BUKIT INDAH'];

/** Address lines as printed (3–4 lines, postcode and town on the last but one, state last). */
export function myAddressLines(rng: Rng): string[] {
  const [prefix, town, state] = rng.pick(TOWNS);
  const postcode = `${prefix}${rng.digits(3)}`;
  return [`NO ${rng.int(1, 250)} ${rng.pick(STREETS)}`, rng.pick(AREAS), `${postcode} ${town}`, state];
}
