/**
 * Thai people for the smart ID card: Thai-script names with their official romanisation as printed on the card,
 * titles in both scripts, dates in the Buddhist era (Thai side) and the Christian era (English side), and
 * addresses in Thai.
 */

import type { CalendarDate } from '../dates.js';
import type { Rng } from '../prng.js';

/** [Thai, romanised] */
type Pair = readonly [string, string];

const FIRST_M: readonly Pair[] = [
  ['สมชาย', 'Somchai'], ['สมศักดิ์', 'Somsak'], ['ประเสริฐ', 'Prasert'], ['วิชัย', 'Wichai'], ['สุริยา', 'Suriya'],
  ['ธนากร', 'Thanakorn'], ['ณัฐพล', 'Nattapon'], ['กิตติ', 'Kitti'], ['อนุชา', 'Anucha'], ['ชัยวัฒน์', 'Chaiwat'],
];
const FIRST_F: readonly Pair[] = [
  ['สมหญิง', 'Somying'], ['มาลี', 'Malee'], ['สุนิสา', 'Sunisa'], ['วรรณา', 'Wanna'], ['กาญจนา', 'Kanchana'],
  ['นภา', 'Napa'], ['อรุณี', 'Arunee'], ['พรทิพย์', 'Pornthip'], ['ศิริพร', 'Siriporn'], ['สุภาพร', 'Supaporn'],
];
const LAST: readonly Pair[] = [
  ['ใจดี', 'Jaidee'], ['สุขสวัสดิ์', 'Suksawat'], ['ศรีสุข', 'Srisuk'], ['วงศ์สวัสดิ์', 'Wongsawat'], ['แก้วมณี', 'Kaewmanee'],
  ['บุญมา', 'Boonma'], ['ทองดี', 'Thongdee'], ['รัตนพันธ์', 'Rattanaphan'], ['สายทอง', 'Saithong'], ['มั่นคง', 'Mankong'],
  ['พรหมมา', 'Phromma'], ['ชัยมงคล', 'Chaimongkol'],
];

export interface ThName {
  titleTh: string;
  titleEn: string;
  firstTh: string;
  lastTh: string;
  firstEn: string;
  lastEn: string;
}

export function thName(rng: Rng, sex: 'M' | 'F'): ThName {
  const [firstTh, firstEn] = rng.pick(sex === 'M' ? FIRST_M : FIRST_F);
  const [lastTh, lastEn] = rng.pick(LAST);
  const married = sex === 'F' && rng.chance(0.5);
  const titleTh = sex === 'M' ? 'นาย' : married ? 'นาง' : 'นางสาว';
  const titleEn = sex === 'M' ? 'Mr.' : married ? 'Mrs.' : 'Miss';
  return { titleTh, titleEn, firstTh, lastTh, firstEn, lastEn };
}

const MONTHS_TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const MONTHS_EN = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

/** `12 ม.ค. 2530`: Thai abbreviation and Buddhist-era year (CE + 543). */
export function thaiDateTh(d: CalendarDate): string {
  return `${d.day} ${MONTHS_TH[d.month - 1]} ${d.year + 543}`;
}

/** `12 Jan. 1987`, the English line printed under the Thai one. */
export function thaiDateEn(d: CalendarDate): string {
  return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

const PROVINCES = [['กรุงเทพมหานคร', 'เขตบางรัก', 'แขวงสีลม'], ['นนทบุรี', 'อ.เมืองนนทบุรี', 'ต.บางกระสอ'], ['เชียงใหม่', 'อ.เมืองเชียงใหม่', 'ต.สุเทพ'], ['ขอนแก่น', 'อ.เมืองขอนแก่น', 'ต.ในเมือง'], ['ชลบุรี', 'อ.บางละมุง', 'ต.หนองปรือ'], ['นครราชสีมา', 'อ.ปากช่อง', 'ต.หมูสี']] as const;

export function thaiAddressLines(rng: Rng): string[] {
  const [province, amphoe, tambon] = rng.pick(PROVINCES);
  const prefix = province === 'กรุงเทพมหานคร' ? '' : 'จ.';
  return [`${rng.int(1, 299)}/${rng.int(1, 99)} หมู่ที่ ${rng.int(1, 12)} ${tambon}`, `${amphoe} ${prefix}${province}`];
}
