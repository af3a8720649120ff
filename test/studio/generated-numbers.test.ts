// Every generated ID number and MRZ passes its rule, and `--invalid` breaks it (issue 4 "Tests"). The rules are the
// shared validators of src/documents/checks and src/documents/mrz, never copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateHkid } from '../../src/documents/checks/hkid.js';
import { parseMyKad, validateMyKad } from '../../src/documents/checks/mykad.js';
import { parseNik, validateNik } from '../../src/documents/checks/nik.js';
import { validateNric } from '../../src/documents/checks/nric.js';
import { validatePhDriverLicence, validatePhSss, validatePhTin, validatePhUmidCrn, validatePhVoterVin } from '../../src/documents/checks/philippines.js';
import { validateThaiId } from '../../src/documents/checks/thai-id.js';
import { parseMrz } from '../../src/documents/mrz/parse-mrz.js';
import { HK_SURNAMES } from '../../src/studio/data/hk.js';
import { iso, REFERENCE_DATE } from '../../src/studio/dates.js';
import { LAYOUTS } from '../../src/studio/layouts/layouts.js';
import { Rng } from '../../src/studio/prng.js';
import type { DocumentData, StructureName } from '../../src/studio/types.js';

const TODAY = iso(REFERENCE_DATE);
const N = 40;

function docs(structure: StructureName, invalid: boolean): DocumentData[] {
  return Array.from({ length: N }, (_, i) => LAYOUTS[structure].generate(new Rng(`numbers/${structure}/${i}`), invalid));
}

const f = (d: DocumentData, key: string): string => d.fields[key] as string;
/** DD-MM-YYYY → YYYY-MM-DD */
const dmyToIso = (s: string): string => s.split('-').reverse().join('-');

/** For each structure: does the document pass its rule? */
const RULES: Partial<Record<StructureName, (d: DocumentData) => boolean>> = {
  HKIDCard: (d) => validateHkid(f(d, 'IdNum')).valid,
  MLIDCard: (d) => validateMyKad(f(d, 'ID'), TODAY).valid && parseMyKad(f(d, 'ID'), TODAY)?.birthDate === f(d, 'Birthday'),
  IndonesiaIDCard: (d) => {
    const nik = parseNik(f(d, 'NIK'), TODAY);
    const printed = dmyToIso(f(d, 'TempatTglLahir').split(', ')[1]!);
    return validateNik(f(d, 'NIK'), TODAY).valid && nik?.birthDate === printed && (nik.sex === 'F') === (f(d, 'JenisKelamin') === 'PEREMPUAN');
  },
  PhilippinesVoteID: (d) => validatePhVoterVin(f(d, 'VIN')).valid,
  PhilippinesDrivingLicense: (d) => validatePhDriverLicence(f(d, 'LicenseNo')).valid,
  PhilippinesTinID: (d) => validatePhTin(f(d, 'LicenseNumber')).valid,
  PhilippinesSSSID: (d) => validatePhSss(f(d, 'LicenseNumber')).valid,
  PhilippinesUMID: (d) => validatePhUmidCrn(f(d, 'CRN')).valid,
  ThailandIDCard: (d) => validateThaiId(f(d, 'LicenseNumber')).valid,
  SingaporeIDCard: (d) => validateNric(f(d, 'ID')).valid && f(d, 'ID') === f(d, 'NRICCode'),
  IndonesiaDrivingLicense: (d) => {
    // Minimum age 17 on the issue date (UU 22/2009 art. 81).
    const birth = dmyToIso(f(d, 'Birthday'));
    const issued = dmyToIso(f(d, 'IssuedDate'));
    return Number(issued.slice(0, 4)) - Number(birth.slice(0, 4)) - (issued.slice(5) < birth.slice(5) ? 1 : 0) >= 17;
  },
  InternationalIDPassport: (d) => {
    const parsed = parseMrz(d.mrz!, { today: TODAY });
    return parsed.valid && parsed.fields?.documentNumber === f(d, 'LicenseNumber') && parsed.fields.birthDate === f(d, 'Birthday') && parsed.fields.expiryDate === f(d, 'DateOfExpiration');
  },
  GeneralCard: (d) => {
    const parsed = parseMrz(d.mrz!, { today: TODAY });
    return parsed.valid && parsed.fields?.documentNumber === f(d, 'LicenseNumber') && parsed.fields.birthDate === f(d, 'Birthday') && parsed.fields.sex === f(d, 'Sex');
  },
};

for (const [structure, rule] of Object.entries(RULES) as [StructureName, (d: DocumentData) => boolean][]) {
  test(`${structure}: generated numbers pass their rule; --invalid fails it and records why`, () => {
    for (const d of docs(structure, false)) {
      assert.ok(rule(d), `${structure} valid document failed: ${JSON.stringify(d.fields)}`);
      assert.equal(d.broken, null);
    }
    for (const d of docs(structure, true)) {
      assert.ok(!rule(d), `${structure} --invalid document passed: ${JSON.stringify(d.fields)}`);
      assert.ok(d.broken && d.broken.rule.length > 0);
    }
  });
}

test('every structure has a rule above', () => {
  assert.deepEqual(Object.keys(RULES).sort(), Object.keys(LAYOUTS).sort());
});

test('HKID telex codes are the Chinese Commercial Code of each printed character', () => {
  const table = new Map(HK_SURNAMES.map(([ch, , code]) => [ch, code]));
  for (const d of docs('HKIDCard', false)) {
    const chars = [...f(d, 'CnName')];
    const codes = f(d, 'TelexCode').split(' ');
    assert.equal(codes.length, chars.length);
    assert.ok(codes.every((c) => /^\d{4}$/.test(c)));
    assert.equal(codes[0], table.get(chars[0]!));
    assert.match(f(d, 'EnName'), /^[A-Z]+, [A-Z][a-z]+( [A-Z][a-z]+)?$/);
  }
  // The Immigration Department specimen: 李智能 = 2621 2535 5174.
  assert.equal(table.get('李'), '2621');
});
