// MyKad place-of-birth codes (digits 7–8, "PB"), as listed by Jabatan Pendaftaran Negara
// (https://www.jpn.gov.my/my/kod-negeri, "Kod Negeri"; reproduced in public libraries such as
// fikrimastor/mykad and wmthor/mykad). States 01–16 are the original codes; 21–59 are further codes allotted to
// the same states; 82 is "Negeri Tidak Diketahui" (state unknown). Codes 60–99 name a foreign country or region
// of birth; within 60–99 only the codes below are allotted (69, 70, 73, 80, 81 and 94–97 are not).

export type MyKadPlaceKind = 'state' | 'foreign';

export interface MyKadPlace {
  name: string;
  kind: MyKadPlaceKind;
}

const STATE_CODES: Record<string, string[]> = {
  Johor: ['01', '21', '22', '23', '24'],
  Kedah: ['02', '25', '26', '27'],
  Kelantan: ['03', '28', '29'],
  Melaka: ['04', '30'],
  'Negeri Sembilan': ['05', '31', '59'],
  Pahang: ['06', '32', '33'],
  'Pulau Pinang': ['07', '34', '35'],
  Perak: ['08', '36', '37', '38', '39'],
  Perlis: ['09', '40'],
  Selangor: ['10', '41', '42', '43', '44'],
  Terengganu: ['11', '45', '46'],
  Sabah: ['12', '47', '48', '49'],
  Sarawak: ['13', '50', '51', '52', '53'],
  'Wilayah Persekutuan Kuala Lumpur': ['14', '54', '55', '56', '57'],
  'Wilayah Persekutuan Labuan': ['15', '58'],
  'Wilayah Persekutuan Putrajaya': ['16'],
  'Negeri Tidak Diketahui': ['82'],
};

const FOREIGN_CODES: Record<string, string> = {
  '60': 'Brunei',
  '61': 'Indonesia',
  '62': 'Cambodia',
  '63': 'Laos',
  '64': 'Myanmar',
  '65': 'Philippines',
  '66': 'Singapore',
  '67': 'Thailand',
  '68': 'Vietnam',
  '71': 'Born outside Malaysia (before 2001)',
  '72': 'Born outside Malaysia (before 2001)',
  '74': 'China',
  '75': 'India',
  '76': 'Pakistan',
  '77': 'Saudi Arabia',
  '78': 'Sri Lanka',
  '79': 'Bangladesh',
  '83': 'Asia-Pacific',
  '84': 'South America',
  '85': 'Africa',
  '86': 'Europe',
  '87': 'Britain and Ireland',
  '88': 'Middle East',
  '89': 'Far East',
  '90': 'Caribbean and Central America',
  '91': 'North America',
  '92': 'Former Soviet Union',
  '93': 'Other countries',
  '98': 'Stateless',
  '99': 'Unspecified',
};

function buildTable(): ReadonlyMap<string, MyKadPlace> {
  const table = new Map<string, MyKadPlace>();
  for (const [name, codes] of Object.entries(STATE_CODES)) {
    for (const code of codes) table.set(code, { name, kind: 'state' });
  }
  for (const [code, name] of Object.entries(FOREIGN_CODES)) table.set(code, { name, kind: 'foreign' });
  return table;
}

/** Every allotted place-of-birth code, for lookups and for generators that need a valid code. */
export const MYKAD_PLACES: ReadonlyMap<string, MyKadPlace> = buildTable();
