/**
 * Indonesian people and places for the e-KTP and the SIM: single and two-word names, and regions whose
 * Kemendagri codes (NIK digits 1–4) match the province and regency printed in the card's header.
 */

import type { Rng } from '../prng.js';

const MALE = ['SETIAWAN', 'SUPARMAN', 'BUDI SANTOSO', 'AGUS SALIM', 'ABDURRAHMAN HADIN', 'RUDI HARTONO', 'BAMBANG SUSILO', 'DEDI KURNIAWAN', 'EKO PRASETYO', 'HENDRA GUNAWAN', 'IWAN', 'JOKO SUSANTO', 'MUHAMMAD RIZKI', 'SUGIONO', 'WAHYU HIDAYAT', 'ANDI', 'I MADE SUARTA'];
const FEMALE = ['SITI AMINAH', 'DEWI LESTARI', 'SRI WAHYUNI', 'RINA MARLINA', 'NURHAYATI', 'PUTRI AYU', 'ENDANG', 'YULIANA', 'FITRIANI', 'RATNA SARI', 'NI LUH PUTU ARI', 'INDAH PERMATASARI', 'SUMARNI'];

export function idName(rng: Rng, sex: 'M' | 'F'): string {
  return rng.pick(sex === 'M' ? MALE : FEMALE);
}

export interface IdRegion {
  provinceCode: string;
  /** As printed after "PROVINSI". */
  province: string;
  regencyCode: string;
  /** As printed on the second header line. */
  regency: string;
  /** Town used for places of birth and the issue place under the photo. */
  town: string;
  districts: readonly (readonly [string, readonly string[]])[];
}

/** [province code, province, regency code, regency as printed, town, [[kecamatan, [kelurahan…]]…]] */
export const ID_REGIONS: readonly IdRegion[] = [
  { provinceCode: '31', province: 'DKI JAKARTA', regencyCode: '71', regency: 'JAKARTA SELATAN', town: 'JAKARTA', districts: [['KEBAYORAN BARU', ['SENAYAN', 'GUNUNG', 'MELAWAI']], ['TEBET', ['TEBET TIMUR', 'MENTENG DALAM']]] },
  { provinceCode: '31', province: 'DKI JAKARTA', regencyCode: '72', regency: 'JAKARTA TIMUR', town: 'JAKARTA', districts: [['MATRAMAN', ['UTAN KAYU UTARA', 'PALMERIAM']], ['JATINEGARA', ['BALI MESTER', 'CIPINANG BESAR']]] },
  { provinceCode: '32', province: 'JAWA BARAT', regencyCode: '73', regency: 'KOTA BANDUNG', town: 'BANDUNG', districts: [['COBLONG', ['DAGO', 'LEBAK SILIWANGI']], ['SUKAJADI', ['PASTEUR', 'SUKAWARNA']]] },
  { provinceCode: '32', province: 'JAWA BARAT', regencyCode: '01', regency: 'KABUPATEN BOGOR', town: 'BOGOR', districts: [['CIBINONG', ['PAKANSARI', 'TENGAH']], ['CITEUREUP', ['PUSPANEGARA', 'SANJA']]] },
  { provinceCode: '33', province: 'JAWA TENGAH', regencyCode: '01', regency: 'KABUPATEN CILACAP', town: 'CILACAP', districts: [['KESUGIHAN', ['KESUGIHAN KIDUL', 'PESANGGRAHAN']], ['MAOS', ['MAOS LOR', 'KARANGKEMIRI']]] },
  { provinceCode: '33', province: 'JAWA TENGAH', regencyCode: '74', regency: 'KOTA SEMARANG', town: 'SEMARANG', districts: [['BANYUMANIK', ['SRONDOL WETAN', 'PUDAKPAYUNG']], ['TEMBALANG', ['BULUSAN', 'METESEH']]] },
  { provinceCode: '35', province: 'JAWA TIMUR', regencyCode: '78', regency: 'KOTA SURABAYA', town: 'SURABAYA', districts: [['GUBENG', ['AIRLANGGA', 'MOJO']], ['WONOKROMO', ['DARMO', 'NGAGEL REJO']]] },
  { provinceCode: '34', province: 'DI YOGYAKARTA', regencyCode: '04', regency: 'KABUPATEN SLEMAN', town: 'SLEMAN', districts: [['DEPOK', ['CONDONGCATUR', 'CATURTUNGGAL']], ['MLATI', ['SINDUADI', 'SENDANGADI']]] },
  { provinceCode: '51', province: 'BALI', regencyCode: '71', regency: 'KOTA DENPASAR', town: 'DENPASAR', districts: [['DENPASAR SELATAN', ['SANUR', 'PANJER']], ['DENPASAR BARAT', ['PADANGSAMBIAN', 'DAUH PURI']]] },
  { provinceCode: '12', province: 'SUMATERA UTARA', regencyCode: '75', regency: 'KOTA MEDAN', town: 'MEDAN', districts: [['MEDAN BARU', ['PADANG BULAN', 'DARAT']], ['MEDAN JOHOR', ['GEDUNG JOHOR', 'KWALA BEKALA']]] },
  { provinceCode: '73', province: 'SULAWESI SELATAN', regencyCode: '71', regency: 'KOTA MAKASSAR', town: 'MAKASSAR', districts: [['PANAKKUKANG', ['KARUWISI', 'MASALE']], ['TAMALATE', ['MANNURUKI', 'PARANG TAMBUNG']]] },
  { provinceCode: '36', province: 'BANTEN', regencyCode: '71', regency: 'KOTA TANGERANG', town: 'TANGERANG', districts: [['CIPONDOH', ['KETAPANG', 'POROS']], ['KARAWACI', ['BOJONG JAYA', 'CIMONE']]] },
];

export const BIRTH_TOWNS = ['JAKARTA', 'BANDUNG', 'SURABAYA', 'SEMARANG', 'MEDAN', 'MAGELANG', 'CILACAP', 'YOGYAKARTA', 'MALANG', 'DENPASAR', 'MAKASSAR', 'BOGOR', 'PALEMBANG', 'SOLO'];
const STREETS = ['JL. ANGSANA', 'JL. MERDEKA', 'JL. SUDIRMAN', 'JL. KENANGA', 'JL. MAWAR', 'JL. DIPONEGORO', 'GG. MELATI', 'JL. PAHLAWAN', 'DUSUN KRAJAN', 'PERUM GRIYA ASRI BLOK C'];

export function idStreet(rng: Rng): string {
  return `${rng.pick(STREETS)} NO. ${rng.int(1, 120)}`;
}

export const RELIGIONS = ['ISLAM', 'ISLAM', 'ISLAM', 'ISLAM', 'KRISTEN', 'KATHOLIK', 'HINDU', 'BUDHA', 'KONGHUCU'];
export const MARITAL = ['BELUM KAWIN', 'KAWIN', 'KAWIN', 'CERAI HIDUP', 'CERAI MATI'];
export const OCCUPATIONS = ['KARYAWAN SWASTA', 'WIRASWASTA', 'PELAJAR/MAHASISWA', 'MENGURUS RUMAH TANGGA', 'PEGAWAI NEGERI SIPIL', 'PETANI/PEKEBUN', 'GURU', 'PEDAGANG', 'BURUH HARIAN LEPAS'];
export const BLOOD = ['A', 'B', 'AB', 'O', '-'];
