import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CardLine, CardSideText } from '../../../src/documents/cards/card-text.js';
import type { CardRule } from '../../../src/documents/cards/card-template.js';
import { simTemplate, licenseNumberIn } from '../../../src/documents/cards/id-sim/sim-template.js';
import { encodedBirth } from '../../../src/documents/cards/id-sim/sim-rules.js';
import { ktpTemplate } from '../../../src/documents/cards/id-ktp/ktp-template.js';

const today = '2026-06-01';

function line(text: string, x: number, y: number, width: number, height = 0.038): CardLine {
  return { text, confidence: 0.95, box: { x, y, width, height } };
}

function side(lines: CardLine[], which: 'front' | 'back' = 'front'): CardSideText {
  return { side: which, lines, pageWidth: 1000, pageHeight: 630 };
}

/** A smart SIM front as read: number markers as their own boxes, one merged, dashes of the number spaced out. */
function simFront(o: { number?: string; birth?: string; issue?: string; expiry?: string; name?: string; simClass?: string } = {}): CardSideText {
  return side([
    line('SURAT IZIN MENGEMUDI', 0.148, 0.078, 0.434, 0.041),
    line(o.simClass ?? 'C', 0.9, 0.08, 0.05, 0.1),
    line('D RIVIN G LIC E NSE', 0.146, 0.148, 0.228),
    line('INDONESIA', 0.846, 0.196, 0.107, 0.031),
    line(o.number ?? '9011 -3671 -895224', 0.321, 0.248, 0.325, 0.044),
    line('1.', 0.324, 0.337, 0.019, 0.025),
    line(o.name ?? 'HENDRA GUNAWAN', 0.358, 0.332, 0.223),
    line(`2. JAKARTA, ${o.birth ?? '14-11-1990'}`, 0.323, 0.384, 0.27),
    line('3.', 0.321, 0.443, 0.021, 0.03),
    line('O - PRIA', 0.358, 0.436, 0.094),
    line('4.', 0.323, 0.496, 0.021, 0.027),
    line('JL. MERDEKA NO. 44RT007/008', 0.355, 0.493, 0.325),
    line('CIPONDOH, KOTA TANGERANG', 0.359, 0.541, 0.315),
    line('5.', 0.323, 0.597, 0.018, 0.026),
    line('PEGAWAI NEGERI SIPIL', 0.358, 0.592, 0.254),
    line('Berlaku s/d', 0.808, 0.601, 0.103, 0.035),
    line('6..', 0.323, 0.65, 0.016, 0.024),
    line('POLDA BANTEN', 0.358, 0.642, 0.178),
    line(o.expiry ?? '21-05-2030', 0.781, 0.648, 0.155, 0.043),
    line(`TANGERANG, ${o.issue ?? '21-05-2025'}`, 0.385, 0.771, 0.237, 0.032),
  ]);
}

function simBack(number = '9011-3671-895224'): CardSideText {
  return side(
    [
      line('GOLONGAN SIM', 0.058, 0.111, 0.212),
      line('Mobil penumpang dan barang perseorangan ≤3.5oo kg', 0.162, 0.21, 0.561),
      line('Sepeda motor', 0.163, 0.412, 0.143),
      line('KORPS LALU LINTAS POLRI', 0.057, 0.888, 0.265),
      line(number, 0.723, 0.882, 0.225),
    ],
    'back',
  );
}

function rule(rules: CardRule[], id: string): CardRule {
  const found = rules.find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found;
}

test('reads the numbered lines of a SIM front into the seed member and the extra detail', () => {
  const read = simTemplate.read({ front: simFront(), back: simBack() }, { today });
  assert.deepEqual(read.fields, {
    LastName: 'GUNAWAN',
    FirstName: 'HENDRA',
    LicenseNumber: '9011-3671-895224',
    Birthday: '14-11-1990',
    Address: 'JL. MERDEKA NO. 44 RT 007/008 CIPONDOH, KOTA TANGERANG',
    ExpirationDate: '21-05-2030',
    IssuedDate: '21-05-2025',
    IssuedCountry: 'IDN',
  });
  assert.equal(read.extra.Sex, 'PRIA');
  assert.equal(read.extra.BloodGroup, 'O');
  assert.equal(read.extra.Occupation, 'PEGAWAI NEGERI SIPIL');
  assert.equal(read.extra.IssuingOffice, 'POLDA BANTEN');
  assert.equal(read.extra.IssuePlace, 'TANGERANG');
  assert.equal(read.extra.Class, 'C');
  assert.equal(read.extra.BackLicenseNumber, '9011-3671-895224');
});

test('a single name fills FirstName and leaves LastName empty', () => {
  const read = simTemplate.read({ front: simFront({ name: 'SUGIONO' }), back: null }, { today });
  assert.equal(read.fields.FirstName, 'SUGIONO');
  assert.equal(read.fields.LastName, '');
});

test('the number is read with lost or spaced dashes, and a 16-digit NIK number as printed', () => {
  assert.equal(licenseNumberIn('9O11 3671 895224'), '9011-3671-895224');
  assert.equal(licenseNumberIn('90113671895224'), '9011-3671-895224');
  assert.equal(licenseNumberIn('3671145411900012'), '3671145411900012');
  assert.equal(licenseNumberIn('JAKARTA, 14-11-1990'), null);
});

test('recognises the SIM front and back, not the KTP nor a Philippine licence', () => {
  assert.ok(simTemplate.recognise(simFront()).front >= 0.75);
  assert.ok(simTemplate.recognise(simBack()).back >= 0.6);
  assert.ok(simTemplate.recognise(simBack()).front < 0.75);
  const ph = side([line('REPUBLIC OF THE PHILIPPINES', 0.3, 0.05, 0.4), line("DRIVER'S LICENSE", 0.3, 0.12, 0.3), line('N01-23-456789', 0.3, 0.5, 0.2)]);
  assert.ok(simTemplate.recognise(ph).front < 0.75);
  assert.ok(ktpTemplate.recognise(simFront()).front < 0.75);
});

test('a consistent SIM passes its rules', () => {
  const rules = simTemplate.validate(simTemplate.read({ front: simFront(), back: simBack() }, { today }), { today });
  for (const id of ['sim.numberBirthDate', 'sim.minimumAge', 'sim.validityAfterIssue', 'sim.backNumber', 'document.expiry']) assert.equal(rule(rules, id).status, 'pass', id);
});

test('a holder under age, a number not matching the birth month, a different back and an old expiry all warn', () => {
  const check = (front: CardSideText, back: CardSideText | null, id: string, warn = 'InformationVerificationFailed'): void => {
    const rules = simTemplate.validate(simTemplate.read({ front, back }, { today }), { today });
    assert.equal(rule(rules, id).status, 'warn', id);
    assert.equal(rule(rules, id).warn, warn);
  };
  check(simFront({ birth: '14-11-2010', number: '1011-3671-895224' }), null, 'sim.minimumAge');
  // Class B I needs 20 years: 19 at issue.
  check(simFront({ birth: '14-11-2005', number: '0511-3671-895224', simClass: 'B I' }), null, 'sim.minimumAge');
  check(simFront({ birth: '14-12-1990' }), null, 'sim.numberBirthDate');
  check(simFront(), simBack('9011-3671-895225'), 'sim.backNumber');
  check(simFront({ issue: '21-05-2019', expiry: '21-05-2024' }), null, 'document.expiry', 'DocumentExpired');
});

test('the number encodes the birth year and month, or the whole date for a NIK', () => {
  assert.deepEqual(encodedBirth('9011-3671-895224'), { kind: 'classic', value: '11-90' });
  assert.deepEqual(encodedBirth('3671145411900012'), { kind: 'nik', value: '14-11-90' });
  assert.equal(encodedBirth('12345'), null);
});

test("numbered lines: the dot lost after a marker (`1 SUPARMAN`), never a number's first digit", async () => {
  const { numberedLines } = await import('../../../src/documents/cards/id-sim/sim-lines.js');
  const { cardSide } = await import('./card-lines.js');
  const lines = numberedLines(cardSide('front', [['1 SUPARMAN', 0.32, 0.33], ['2. MEDAN, 30-08-1990', 0.32, 0.39], ['1 5008 15665', 0.32, 0.6]]));
  assert.equal(lines.get(1)?.value, 'SUPARMAN');
  assert.equal(lines.get(2)?.value, 'MEDAN, 30-08-1990');
});

test("line 5's marker unread: the occupation below the address is not taken for the address's second line", () => {
  const front = simFront();
  const without5 = side(front.lines.filter((l) => l.text !== '5.'));
  assert.equal(simTemplate.read({ front: without5, back: null }, { today }).fields.Address, 'JL. MERDEKA NO. 44 RT 007/008 CIPONDOH, KOTA TANGERANG');
  const oneLine = side(without5.lines.filter((l) => l.text !== 'CIPONDOH, KOTA TANGERANG'));
  assert.equal(simTemplate.read({ front: oneLine, back: null }, { today }).fields.Address, 'JL. MERDEKA NO. 44 RT 007/008');
});

test('a "2." marker paired with a stray glyph beside it: the birth date comes from the dated line instead', () => {
  const front = simFront();
  const at = front.lines.findIndex((l) => l.text.startsWith('2. '));
  front.lines.splice(at, 1, line('2.', 0.323, 0.389, 0.019, 0.025), line('S', 0.344, 0.386, 0.01, 0.03), line('JAKARTA, 14-11-1990', 0.36, 0.384, 0.25));
  const { fields } = simTemplate.read({ front, back: simBack() }, { today });
  assert.equal(fields.Birthday, '14-11-1990');
  assert.equal(fields.IssuedDate, '21-05-2025');
});

test('no marker read at all: the address is the line under the sex line, with its district line', () => {
  const front = simFront();
  const bare = side(front.lines.filter((l) => !/^[1-6]\.+$/.test(l.text)));
  assert.equal(simTemplate.read({ front: bare, back: null }, { today }).fields.Address, 'JL. MERDEKA NO. 44 RT 007/008 CIPONDOH, KOTA TANGERANG');
  // The line under the sex is a date (no address printed there): no address is made up.
  const noAddress = side(bare.lines.filter((l) => !/MERDEKA|CIPONDOH|PEGAWAI|POLDA/.test(l.text)));
  assert.equal(simTemplate.read({ front: noAddress, back: null }, { today }).fields.Address, '');
});

test('the address gets back the period of a street-type abbreviation the recogniser dropped (`JL MERDEKA`)', () => {
  const front = simFront();
  const dropped = side(front.lines.map((l) => (l.text.startsWith('JL.') ? { ...l, text: 'JL MERDEKA NO. 44RT007/008' } : l)));
  assert.equal(simTemplate.read({ front: dropped, back: null }, { today }).fields.Address, 'JL. MERDEKA NO. 44 RT 007/008 CIPONDOH, KOTA TANGERANG');
});

test('the comma before the regency or city, and JL misread as IL, come back in the address', () => {
  const front = simFront();
  const misread = side(front.lines.map((l) => ({ ...l, text: l.text.replace('CIPONDOH, KOTA', 'CIPONDOH KOTA').replace('JL. MERDEKA', 'IL MERDEKA') })));
  assert.equal(simTemplate.read({ front: misread, back: null }, { today }).fields.Address, 'JL. MERDEKA NO. 44 RT 007/008 CIPONDOH, KOTA TANGERANG');
});
