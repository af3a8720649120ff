/**
 * Issuing states for the MRZ documents (passports, TD1 and TD2 cards): their names as printed, the label
 * language beside English, a colour theme, and typical names. Names may carry diacritics; the MRZ gets their
 * ICAO 9303 part 3 §6 transliteration (mrz.ts).
 */

import type { Rng } from '../prng.js';

export type LabelKey =
  | 'type' | 'code' | 'number' | 'surname' | 'given' | 'nationality' | 'birth' | 'sex' | 'place' | 'issue' | 'expiry'
  | 'authority' | 'signature' | 'personal' | 'card';

export const LABELS: Record<string, Partial<Record<LabelKey, string>>> = {
  en: { type: 'Type', code: 'Code of Issuing State', number: 'Passport No.', surname: 'Surname', given: 'Given names', nationality: 'Nationality', birth: 'Date of birth', sex: 'Sex', place: 'Place of birth', issue: 'Date of issue', expiry: 'Date of expiry', authority: 'Authority', signature: "Holder's signature", personal: 'Personal No.', card: 'Card No.' },
  fr: { type: 'Type', code: 'Code du pays', number: 'Passeport n°', surname: 'Nom', given: 'Prénoms', nationality: 'Nationalité', birth: 'Date de naissance', sex: 'Sexe', place: 'Lieu de naissance', issue: 'Date de délivrance', expiry: "Date d'expiration", authority: 'Autorité', signature: 'Signature du titulaire', personal: 'N° personnel', card: 'N° du document' },
  de: { type: 'Typ', code: 'Kode des ausstellenden Staates', number: 'Pass-Nr.', surname: 'Name', given: 'Vornamen', nationality: 'Staatsangehörigkeit', birth: 'Geburtstag', sex: 'Geschlecht', place: 'Geburtsort', issue: 'Ausstellungsdatum', expiry: 'Gültig bis', authority: 'Behörde', signature: 'Unterschrift', personal: 'Persönliche Nr.', card: 'Ausweis-Nr.' },
  es: { type: 'Tipo', code: 'Código', number: 'Pasaporte N.º', surname: 'Apellidos', given: 'Nombre', nationality: 'Nacionalidad', birth: 'Fecha de nacimiento', sex: 'Sexo', place: 'Lugar de nacimiento', issue: 'Fecha de expedición', expiry: 'Fecha de caducidad', authority: 'Autoridad', signature: 'Firma del titular', personal: 'DNI', card: 'N.º soporte' },
  it: { type: 'Tipo', code: 'Codice Paese', number: 'Passaporto N.', surname: 'Cognome', given: 'Nome', nationality: 'Cittadinanza', birth: 'Data di nascita', sex: 'Sesso', place: 'Luogo di nascita', issue: 'Data di rilascio', expiry: 'Data di scadenza', authority: 'Autorità', signature: 'Firma del titolare', personal: 'Codice fiscale', card: 'N. carta' },
  nl: { type: 'Soort', code: 'Code', number: 'Paspoortnr.', surname: 'Naam', given: 'Voornamen', nationality: 'Nationaliteit', birth: 'Geboortedatum', sex: 'Geslacht', place: 'Geboorteplaats', issue: 'Datum van afgifte', expiry: 'Geldig tot', authority: 'Instantie', signature: 'Handtekening houder', personal: 'Persoonsnummer', card: 'Documentnummer' },
  pt: { type: 'Tipo', code: 'Código do país', number: 'Passaporte N.º', surname: 'Apelido', given: 'Nome', nationality: 'Nacionalidade', birth: 'Data de nascimento', sex: 'Sexo', place: 'Local de nascimento', issue: 'Data de emissão', expiry: 'Data de validade', authority: 'Autoridade', signature: 'Assinatura', personal: 'N.º de identificação', card: 'N.º documento' },
  ms: { type: 'Jenis', code: 'Kod Negara', number: 'No. Pasport', surname: 'Nama', given: 'Nama', nationality: 'Warganegara', birth: 'Tarikh lahir', sex: 'Jantina', place: 'Tempat lahir', issue: 'Tarikh dikeluarkan', expiry: 'Tarikh tamat tempoh', authority: 'Pejabat pengeluar', signature: 'Tandatangan', personal: 'No. Pengenalan', card: 'No. Dokumen' },
  id: { type: 'Jenis', code: 'Kode Negara', number: 'No. Paspor', surname: 'Nama Lengkap', given: 'Nama', nationality: 'Kewarganegaraan', birth: 'Tanggal Lahir', sex: 'Jenis Kelamin', place: 'Tempat Lahir', issue: 'Tanggal Pengeluaran', expiry: 'Tanggal Habis Berlaku', authority: 'Kantor yang Mengeluarkan', signature: 'Tanda Tangan', personal: 'No. Register', card: 'No. Dokumen' },
  zh: { type: '类型', code: '国家码', number: '护照号', surname: '姓', given: '名', nationality: '国籍', birth: '出生日期', sex: '性别', place: '出生地点', issue: '签发日期', expiry: '有效期至', authority: '签发机关', signature: '持照人签名', personal: '个人号码', card: '证件号码' },
  th: { type: 'ประเภท', code: 'รหัสประเทศ', number: 'หนังสือเดินทางเลขที่', surname: 'ชื่อสกุล', given: 'ชื่อ', nationality: 'สัญชาติ', birth: 'วันเกิด', sex: 'เพศ', place: 'สถานที่เกิด', issue: 'วันที่ออก', expiry: 'วันหมดอายุ', authority: 'ออกโดย', signature: 'ลายมือชื่อ', personal: 'เลขประจำตัว', card: 'เลขที่' },
  vi: { type: 'Loại', code: 'Mã số', number: 'Số hộ chiếu', surname: 'Họ', given: 'Tên', nationality: 'Quốc tịch', birth: 'Ngày sinh', sex: 'Giới tính', place: 'Nơi sinh', issue: 'Ngày cấp', expiry: 'Có giá trị đến', authority: 'Cơ quan cấp', signature: 'Chữ ký', personal: 'Số định danh', card: 'Số' },
};

export interface IssuingState {
  code: string;
  nameEn: string;
  nameLocal: string;
  /** Label language printed before English ('en' alone for English-only documents). */
  lang: string;
  /** Theme colours: page tint, accent (headings), second tint for the guilloche. */
  colors: [string, string, string];
  surnames: string[];
  givenM: string[];
  givenF: string[];
  places: string[];
  authority: string;
  /** Documents this state issues in the studio: passports always; TD1 or TD2 cards where listed. */
  card?: 'TD1' | 'TD2';
}

export const STATES: readonly IssuingState[] = [
  { code: 'UTO', nameEn: 'UTOPIA', nameLocal: 'UTOPIA', lang: 'en', colors: ['#eef1f7', '#1d3f7a', '#d9c7e6'], surnames: ['ERIKSSON', 'SPECIMEN', 'MORGAN'], givenM: ['PETER', 'JOHN ADAM'], givenF: ['ANNA MARIA', 'ELLEN'], places: ['ZENITH', 'UTOPIA CITY'], authority: 'MINISTRY OF FOREIGN AFFAIRS', card: 'TD2' },
  { code: 'GBR', nameEn: 'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND', nameLocal: 'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND', lang: 'en', colors: ['#f3eef6', '#5a1f3d', '#cfe0ef'], surnames: ['SMITH', 'JONES', 'TAYLOR', "O'BRIEN", 'WILLIAMS'], givenM: ['JAMES', 'OLIVER GEORGE', 'HARRY'], givenF: ['EMMA', 'CHARLOTTE ROSE', 'AMELIA'], places: ['LONDON', 'MANCHESTER', 'LEEDS'], authority: 'HMPO' },
  { code: 'USA', nameEn: 'UNITED STATES OF AMERICA', nameLocal: 'UNITED STATES OF AMERICA', lang: 'en', colors: ['#eef3f7', '#18315e', '#f0dcd4'], surnames: ['JOHNSON', 'MILLER', 'DAVIS', 'GARCIA'], givenM: ['MICHAEL', 'DAVID JAMES'], givenF: ['JENNIFER', 'SARAH LYNN'], places: ['CALIFORNIA, U.S.A.', 'NEW YORK, U.S.A.', 'TEXAS, U.S.A.'], authority: 'United States Department of State' },
  { code: 'D', nameEn: 'FEDERAL REPUBLIC OF GERMANY', nameLocal: 'BUNDESREPUBLIK DEUTSCHLAND', lang: 'de', colors: ['#f2f1ea', '#7a1f24', '#d8e6d2'], surnames: ['MÜLLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEIß'], givenM: ['LUKAS', 'JÖRG', 'FELIX'], givenF: ['ERIKA', 'LENA SOPHIE', 'JÜLIA'], places: ['BERLIN', 'MÜNCHEN', 'KÖLN'], authority: 'STADT KÖLN', card: 'TD1' },
  { code: 'FRA', nameEn: 'FRENCH REPUBLIC', nameLocal: 'RÉPUBLIQUE FRANÇAISE', lang: 'fr', colors: ['#eef2f6', '#233c7a', '#f2dada'], surnames: ['MARTIN', 'BERNARD', 'DUBOIS', 'LEFÈVRE'], givenM: ['JEAN', 'FRANÇOIS', 'LUCAS'], givenF: ['MARIE', 'CHLOÉ', 'LÉA'], places: ['PARIS', 'LYON', 'MARSEILLE'], authority: 'PRÉFECTURE DE POLICE', card: 'TD1' },
  { code: 'ESP', nameEn: 'KINGDOM OF SPAIN', nameLocal: 'REINO DE ESPAÑA', lang: 'es', colors: ['#f6f0ea', '#7a1f1f', '#f0e2b6'], surnames: ['GARCÍA LÓPEZ', 'MARTÍNEZ RUIZ', 'FERNÁNDEZ', 'MUÑOZ'], givenM: ['JOSÉ LUIS', 'PABLO'], givenF: ['CARMEN', 'LUCÍA'], places: ['MADRID', 'SEVILLA', 'VALENCIA'], authority: 'DGP', card: 'TD1' },
  { code: 'ITA', nameEn: 'ITALIAN REPUBLIC', nameLocal: 'REPUBBLICA ITALIANA', lang: 'it', colors: ['#eef4ef', '#1f5a3a', '#f2dcdc'], surnames: ['ROSSI', 'RUSSO', 'BIANCHI', 'ROMANO'], givenM: ['MARCO', 'GIUSEPPE'], givenF: ['GIULIA', 'FRANCESCA'], places: ['ROMA', 'MILANO', 'NAPOLI'], authority: 'MINISTERO DEGLI AFFARI ESTERI', card: 'TD1' },
  { code: 'NLD', nameEn: 'KINGDOM OF THE NETHERLANDS', nameLocal: 'KONINKRIJK DER NEDERLANDEN', lang: 'nl', colors: ['#f1eef6', '#3d2a7a', '#f5e0c8'], surnames: ['DE JONG', 'JANSEN', 'DE VRIES', 'VAN DEN BERG'], givenM: ['DAAN', 'WILLEM'], givenF: ['SOPHIE', 'EMMA'], places: ['AMSTERDAM', 'UTRECHT'], authority: 'BURG. VAN AMSTERDAM', card: 'TD1' },
  { code: 'PRT', nameEn: 'PORTUGUESE REPUBLIC', nameLocal: 'REPÚBLICA PORTUGUESA', lang: 'pt', colors: ['#eef5ee', '#1f5a2a', '#f3e2c4'], surnames: ['SILVA', 'SANTOS', 'FERREIRA', 'PEREIRA'], givenM: ['JOÃO', 'TIAGO'], givenF: ['ANA', 'BEATRIZ'], places: ['LISBOA', 'PORTO'], authority: 'SEF-SERV. ESTRANGEIROS', card: 'TD1' },
  { code: 'ROU', nameEn: 'ROMANIA', nameLocal: 'ROMÂNIA', lang: 'en', colors: ['#f3f0e6', '#1f3c7a', '#f0e6b0'], surnames: ['POPESCU', 'IONESCU', 'POPA'], givenM: ['ANDREI', 'MIHAI'], givenF: ['ELENA', 'IOANA'], places: ['BUCUREȘTI', 'CLUJ-NAPOCA'], authority: 'SPCLEP SECTOR 1', card: 'TD2' },
  { code: 'CHN', nameEn: "PEOPLE'S REPUBLIC OF CHINA", nameLocal: '中华人民共和国', lang: 'zh', colors: ['#f6f0ea', '#8a1f1f', '#e6e0f0'], surnames: ['ZHANG', 'WANG', 'LI', 'LIU', 'CHEN'], givenM: ['WEI', 'JIANGUO', 'HAOYU'], givenF: ['FANG', 'XIAOMEI', 'YUTING'], places: ['BEIJING', 'SHANGHAI', 'GUANGDONG'], authority: 'National Immigration Administration, PRC' },
  { code: 'JPN', nameEn: 'JAPAN', nameLocal: '日本国', lang: 'en', colors: ['#f6eef2', '#6a1f3f', '#e0ecf4'], surnames: ['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA'], givenM: ['HIROSHI', 'KENTA'], givenF: ['YUKI', 'HANAKO'], places: ['TOKYO', 'OSAKA', 'KANAGAWA'], authority: 'MINISTRY OF FOREIGN AFFAIRS' },
  { code: 'SGP', nameEn: 'REPUBLIC OF SINGAPORE', nameLocal: 'REPUBLIC OF SINGAPORE', lang: 'en', colors: ['#f6eef0', '#8a1f2f', '#e6eef6'], surnames: ['TAN', 'LIM', 'LEE', 'NG'], givenM: ['WEI MING', 'JUN JIE'], givenF: ['XIN YI', 'HUI MIN'], places: ['SINGAPORE'], authority: 'ICA' },
  { code: 'MYS', nameEn: 'MALAYSIA', nameLocal: 'MALAYSIA', lang: 'ms', colors: ['#eef2f8', '#1f2f6a', '#f4e6c0'], surnames: ['BIN ABDULLAH', 'BINTI ISMAIL', 'TAN'], givenM: ['AHMAD FAIZAL', 'MUHAMMAD HAFIZ'], givenF: ['NUR AISYAH', 'SITI AMINAH'], places: ['SELANGOR', 'JOHOR', 'PERAK'], authority: 'IMIGRESEN MALAYSIA' },
  { code: 'IDN', nameEn: 'REPUBLIC OF INDONESIA', nameLocal: 'REPUBLIK INDONESIA', lang: 'id', colors: ['#f4eef0', '#7a1f2a', '#dfe8f2'], surnames: ['SANTOSO', 'WIJAYA', 'HIDAYAT', 'SETIAWAN'], givenM: ['BUDI', 'AGUS'], givenF: ['DEWI', 'SITI'], places: ['JAKARTA', 'SURABAYA', 'BANDUNG'], authority: 'KANIM JAKARTA SELATAN' },
  { code: 'THA', nameEn: 'KINGDOM OF THAILAND', nameLocal: 'ราชอาณาจักรไทย', lang: 'th', colors: ['#f4eef6', '#4a1f6a', '#f2e4cc'], surnames: ['JAIDEE', 'SRISUK', 'BOONMA'], givenM: ['SOMCHAI', 'WICHAI'], givenF: ['MALEE', 'SUNISA'], places: ['BANGKOK', 'CHIANG MAI'], authority: 'MINISTRY OF FOREIGN AFFAIRS' },
  { code: 'PHL', nameEn: 'REPUBLIC OF THE PHILIPPINES', nameLocal: 'REPUBLIKA NG PILIPINAS', lang: 'en', colors: ['#eef2f8', '#1f2f7a', '#f6e6c8'], surnames: ['DELA CRUZ', 'SANTOS', 'REYES'], givenM: ['JUAN', 'JOSE MARIA'], givenF: ['MARIA CRISTINA', 'ANA'], places: ['MANILA', 'CEBU CITY'], authority: 'DFA MANILA' },
  { code: 'VNM', nameEn: 'SOCIALIST REPUBLIC OF VIET NAM', nameLocal: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', lang: 'vi', colors: ['#eef4ee', '#1f4a2f', '#f4e0d8'], surnames: ['NGUYỄN', 'TRẦN', 'LÊ', 'PHẠM'], givenM: ['VĂN AN', 'MINH ĐỨC'], givenF: ['THỊ HOA', 'THU TRANG'], places: ['HÀ NỘI', 'TP HỒ CHÍ MINH'], authority: 'Cục Quản lý xuất nhập cảnh' },
];

export function stateByCode(code: string): IssuingState {
  const found = STATES.find((s) => s.code === code);
  if (!found) throw new RangeError(`unknown issuing state ${code}`);
  return found;
}

/** ISO 3166-1 alpha-3 of a state; Germany's MRZ code is `D` (ICAO 9303 part 3 §5), its ISO code DEU. */
export function iso3(code: string): string {
  return code === 'D' ? 'DEU' : code;
}

export function pickState(rng: Rng, card?: 'TD1' | 'TD2'): IssuingState {
  const pool = card === undefined ? STATES : STATES.filter((s) => s.card === card);
  return rng.pick(pool);
}
