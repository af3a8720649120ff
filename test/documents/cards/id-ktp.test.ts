import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CardLine, CardSideText } from '../../../src/documents/cards/card-text.js';
import type { CardRule } from '../../../src/documents/cards/card-template.js';
import { ktpTemplate } from '../../../src/documents/cards/id-ktp/ktp-template.js';
import { matchCaptionPrefix, stripSeparator } from '../../../src/documents/cards/id-ktp/ktp-captions.js';
import { nikBirth, provinceCodeOf } from '../../../src/documents/cards/id-ktp/ktp-rules.js';
import { simTemplate } from '../../../src/documents/cards/id-sim/sim-template.js';

const today = '2026-06-01';

function line(text: string, x: number, y: number, width: number, height = 0.042): CardLine {
  return { text, confidence: 0.95, box: { x, y, width, height } };
}

function side(lines: CardLine[]): CardSideText {
  return { side: 'front', lines, pageWidth: 1000, pageHeight: 630 };
}

/** A KTP as the recogniser reads one: caption and value as two boxes on most rows, merged on some, `：` for `:`. */
function ktpFront(overrides: { nik?: string; birth?: string; sex?: string; provinsi?: string; berlaku?: string; warga?: string } = {}): CardSideText {
  return side([
    line(`PROVINSI ${overrides.provinsi ?? 'DI YOGYAKARTA'}`, 0.31, 0.056, 0.38, 0.045),
    line('KABUPATEN SLEMAN', 0.33, 0.125, 0.33, 0.045),
    line('NIK', 0.04, 0.2, 0.07, 0.06),
    line(`：${overrides.nik ?? '3404075506900012'}`, 0.22, 0.2, 0.39, 0.054),
    line('Nama', 0.037, 0.292, 0.063),
    line('：SITI AMINAH', 0.222, 0.291, 0.18),
    line('Tempat/Tgl Lahir', 0.038, 0.347, 0.16),
    line(`：MAGELANG. ${overrides.birth ?? '15-06-1990'}`, 0.222, 0.35, 0.27),
    line('Jenis Kelamin', 0.036, 0.402, 0.13),
    line(`: ${overrides.sex ?? 'PEREMPUAN'}`, 0.223, 0.404, 0.15),
    line('Gol. Darah : 0', 0.454, 0.404, 0.158),
    line('Alamat', 0.038, 0.458, 0.073),
    line('：JL. KALIURANG KM 5 GG.', 0.224, 0.459, 0.3),
    line('MELATI NO. 12', 0.236, 0.505, 0.16),
    line('RT/RW', 0.073, 0.55, 0.068),
    line('：001/010', 0.222, 0.55, 0.106),
    line('KeVDesa', 0.072, 0.6, 0.089),
    line(': CATURTUNGGAL', 0.223, 0.6, 0.21),
    line('Kecamatan', 0.074, 0.65, 0.109),
    line('：DEPOK', 0.224, 0.65, 0.1),
    line('Agama', 0.039, 0.7, 0.07),
    line('iISLAM', 0.222, 0.7, 0.097),
    line('Status Perkawinan : BELUMKAWIN', 0.04, 0.745, 0.33),
    line('SLEMAN', 0.79, 0.74, 0.1),
    line('Pekeriaan', 0.037, 0.79, 0.1),
    line(': PELAJAR/MAHASISWA', 0.223, 0.79, 0.243),
    line('21-01-2018', 0.781, 0.79, 0.122),
    line(`Kewarganegaraan : ${overrides.warga ?? 'WNI'}`, 0.039, 0.84, 0.25),
    line(`：${overrides.berlaku ?? 'SEUMURHIDUP'}`, 0.221, 0.895, 0.185),
    line('Berlaku Hingga', 0.039, 0.894, 0.147),
  ]);
}

function rule(rules: CardRule[], id: string): CardRule {
  const found = rules.find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found;
}

test('reads every field of a noisy e-KTP front in the studio formats', () => {
  const read = ktpTemplate.read({ front: ktpFront(), back: null }, { today });
  assert.deepEqual(read.fields, {
    NIK: '3404075506900012',
    Nama: 'SITI AMINAH',
    TempatTglLahir: 'MAGELANG, 15-06-1990',
    JenisKelamin: 'PEREMPUAN',
    GolDarah: 'O',
    Alamat: 'JL. KALIURANG KM 5 GG. MELATI NO. 12',
    RTRW: '001/010',
    KelDesa: 'CATURTUNGGAL',
    Kecamatan: 'DEPOK',
    Agama: 'ISLAM',
    StatusPerkawinan: 'BELUM KAWIN',
    Perkerjaan: 'PELAJAR/MAHASISWA',
    KewargaNegaraan: 'WNI',
    BerlakuHingga: 'SEUMUR HIDUP',
    IssuedDate: '21-01-2018',
    Provinsi: 'DI YOGYAKARTA',
    Kota: 'KABUPATEN SLEMAN',
  });
  assert.equal(read.extra.TempatDikeluarkan, 'SLEMAN');
  assert.equal(read.regions.NIK?.side, 'front');
});

test('reads merged caption-value lines and a mixed-case mock-up, keeping the printed case', () => {
  const read = ktpTemplate.read(
    {
      front: side([
        line('NIK :9472947351236377', 0.035, 0.18, 0.5, 0.06),
        line('Nama : Ying', 0.033, 0.28, 0.3),
        line('Tempat/Tgl Lahir : Pulau Rintis,18 Desember', 0.036, 0.33, 0.55),
        line('Jenis Kelamin : Perempuan Gol Darah : -', 0.035, 0.38, 0.6),
        line('Alamat : Tepi jalan besar,Pulau Rintis', 0.035, 0.43, 0.55),
        line('Kewarganegaraan: Malaysia', 0.036, 0.76, 0.32),
        line('Berlaku Hingga', 0.037, 0.8, 0.17),
        line('21-04-2026', 0.238, 0.81, 0.155),
      ]),
      back: null,
    },
    { today },
  );
  assert.equal(read.fields.NIK, '9472947351236377');
  assert.equal(read.fields.Nama, 'Ying');
  assert.equal(read.fields.TempatTglLahir, 'Pulau Rintis,18 Desember');
  assert.equal(read.fields.JenisKelamin, 'Perempuan');
  assert.equal(read.fields.GolDarah, '-');
  assert.equal(read.fields.Alamat, 'Tepi jalan besar,Pulau Rintis');
  assert.equal(read.fields.KewargaNegaraan, 'Malaysia');
  assert.equal(read.fields.BerlakuHingga, '21-04-2026');
  // The only unclaimed date is the validity's value, which a captioned row took: no issue date is invented.
  assert.equal(read.fields.IssuedDate, '');
});

test('captions match at the start of a line only, and the colon is stripped in its misread forms', () => {
  assert.equal(matchCaptionPrefix('NamaENDANG', 'Nama')?.rest, 'ENDANG');
  assert.equal(matchCaptionPrefix(': JL. NAMA BARU', 'Nama'), null);
  assert.equal(matchCaptionPrefix('TempatTglLahir', 'Tempat/Tgl Lahir')?.score, 1);
  assert.equal(stripSeparator('：KAWIN'), 'KAWIN');
  assert.equal(stripSeparator('; KAWIN'), 'KAWIN');
  assert.equal(stripSeparator('iISLAM'), 'ISLAM');
  assert.equal(stripSeparator(': I MADE SUARTA'), 'I MADE SUARTA');
});

test('recognises the KTP front and not another card', () => {
  assert.ok(ktpTemplate.recognise(ktpFront()).front >= 0.75);
  const sim = side([line('SURAT IZIN MENGEMUDI', 0.15, 0.07, 0.43), line('8711-3671-895224', 0.32, 0.25, 0.32), line('1. HENDRA GUNAWAN', 0.32, 0.33, 0.3), line('Berlaku s/d', 0.8, 0.6, 0.1)]);
  assert.ok(ktpTemplate.recognise(sim).front < 0.75);
  assert.ok(simTemplate.recognise(ktpFront()).front < 0.75);
});

test('a consistent card passes every rule; lifetime validity skips the expiry rule', () => {
  const rules = ktpTemplate.validate(ktpTemplate.read({ front: ktpFront(), back: null }, { today }), { today });
  for (const id of ['nik.valid', 'nik.region', 'nik.birthDate', 'nik.sex']) assert.equal(rule(rules, id).status, 'pass', id);
  assert.equal(rule(rules, 'document.expiry').status, 'skipped');
  assert.match(rule(rules, 'document.expiry').message, /SEUMUR HIDUP/);
});

test('a NIK contradicting the printed birth date, sex or province warns', () => {
  const check = (front: CardSideText, id: string): void => {
    const rules = ktpTemplate.validate(ktpTemplate.read({ front, back: null }, { today }), { today });
    assert.equal(rule(rules, id).status, 'warn', id);
    assert.equal(rule(rules, id).warn, 'InformationVerificationFailed');
  };
  check(ktpFront({ birth: '16-06-1990' }), 'nik.birthDate');
  // Day 15 without +40 encodes a man.
  check(ktpFront({ nik: '3404071506900012' }), 'nik.sex');
  check(ktpFront({ provinsi: 'JAWA TIMUR' }), 'nik.region');
  check(ktpFront({ nik: '9904075506900012' }), 'nik.valid');
});

test("a foreign resident's printed validity date is judged by the expiry rule; a citizen's card is valid for life", () => {
  const rules = ktpTemplate.validate(ktpTemplate.read({ front: ktpFront({ berlaku: '21-11-2024', warga: 'WNA' }), back: null }, { today }), { today });
  assert.equal(rule(rules, 'document.expiry').status, 'warn');
  assert.equal(rule(rules, 'document.expiry').warn, 'DocumentExpired');
  const citizen = ktpTemplate.validate(ktpTemplate.read({ front: ktpFront({ berlaku: '21-11-2024' }), back: null }, { today }), { today });
  assert.equal(rule(citizen, 'document.expiry').status, 'skipped');
  assert.match(rule(citizen, 'document.expiry').message, /UU 24\/2013/);
});

test('NIK helpers: the day + 40 for women and province names in long or short form', () => {
  assert.deepEqual(nikBirth('3404075506900012'), { date: '15-06-90', sex: 'F' });
  assert.deepEqual(nikBirth('3404071506900012'), { date: '15-06-90', sex: 'M' });
  assert.equal(provinceCodeOf('DAERAH ISTIMEWA YOGYAKARTA'), '34');
  assert.equal(provinceCodeOf('DKI JAKARTA'), '31');
  assert.equal(provinceCodeOf('KONOHAGAKURE'), null);
});

test('a card lying a quarter turn on the page is read in its own frame, regions on the page', () => {
  const card = ktpFront();
  // The card's top at the page's right: what a sideways phone photo gives when the finder keeps the page upright.
  const turned: CardSideText = {
    ...card,
    pageWidth: 630,
    pageHeight: 1000,
    lines: card.lines.map((l) => ({ ...l, box: { x: 1 - l.box.y - l.box.height, y: l.box.x, width: l.box.height, height: l.box.width } })),
  };
  const read = ktpTemplate.read({ front: turned, back: null }, { today });
  assert.deepEqual(read.fields, ktpTemplate.read({ front: card, back: null }, { today }).fields);
  const nik = read.regions.NIK!.box;
  assert.ok(nik.height > nik.width, 'the NIK region is the tall box of the submitted page');
});

test('a street-type abbreviation read without its period (`JL`, `GG`, `KP`) gets it back; other words are left alone', () => {
  const side = (first: string, second: string) => {
    const front = ktpFront();
    return { ...front, lines: front.lines.map((l) => (l.text.startsWith('：JL.') ? { ...l, text: first } : l.text === 'MELATI NO. 12' ? { ...l, text: second } : l)) };
  };
  assert.equal(ktpTemplate.read({ front: side('：JL KALIURANG KM 5 GG', 'MELATI NO. 12'), back: null }, { today }).fields.Alamat, 'JL. KALIURANG KM 5 GG. MELATI NO. 12');
  assert.equal(ktpTemplate.read({ front: side('：KP BABAKAN JLN', 'RAYA KPU 3'), back: null }, { today }).fields.Alamat, 'KP. BABAKAN JLN RAYA KPU 3');
});

test('a digit read inside the place of birth is the letter it resembles (`MA6ELANG`)', () => {
  const front = ktpFront();
  const misread = { ...front, lines: front.lines.map((l) => ({ ...l, text: l.text.replace('MAGELANG', 'MA6ELANG') })) };
  assert.equal(ktpTemplate.read({ front: misread, back: null }, { today }).fields.TempatTglLahir, 'MAGELANG, 15-06-1990');
});

test('RT/RW read without its slash (`001010`) gets it back; anything else stays as read', () => {
  const front = ktpFront();
  const read = (rtrw: string) => ktpTemplate.read({ front: { ...front, lines: front.lines.map((l) => (l.text === '：001/010' ? { ...l, text: rtrw } : l)) }, back: null }, { today }).fields.RTRW;
  assert.equal(read('：001010'), '001/010');
  assert.equal(read('：O01/010'), '001/010');
  assert.equal(read('：0010100'), '0010100');
});

test('a blood group read as a look-alike digit is the group (`Gol.Darah:8` → B, `A8` → AB)', () => {
  const front = ktpFront();
  const read = (blood: string) => ktpTemplate.read({ front: { ...front, lines: front.lines.map((l) => (l.text === 'Gol. Darah : 0' ? { ...l, text: blood } : l)) }, back: null }, { today }).fields.GolDarah;
  assert.equal(read('Gol.Darah:8'), 'B');
  assert.equal(read('Gol. Darah : A8'), 'AB');
});

test('`AS` from an A is AB; a colon boxed alone beside the blood group\'s caption is skipped, leaving the unknown `-`', () => {
  // Studio KTPs, seed session8-mid: #1 read `GoLDarah:AS`; #10 read `Gol.Darah` then the colon alone as `T`.
  const front = ktpFront();
  const swap = (lines: CardLine[]) => ktpTemplate.read({ front: { ...front, lines: [...front.lines.filter((l) => l.text !== 'Gol. Darah : 0'), ...lines] }, back: null }, { today }).fields.GolDarah;
  assert.equal(swap([line('GoLDarah:AS', 0.454, 0.404, 0.158)]), 'AB');
  assert.equal(swap([line('Gol.Darah', 0.454, 0.404, 0.12), line('T', 0.575, 0.412, 0.006, 0.02)]), '-');
  assert.equal(swap([line('Gol.Darah', 0.454, 0.404, 0.12), line('T', 0.575, 0.412, 0.006, 0.02), line('O', 0.59, 0.404, 0.02)]), 'O');
});

test('a marital status whose caption was misread past finding is still read from its value after the colon', () => {
  // Studio KTP, seed session8-mid #1: `SatusPerkwnun:BELUMKAWIN`.
  const front = ktpFront();
  const read = (text: string) => ktpTemplate.read({ front: { ...front, lines: front.lines.map((l) => (l.text === 'Status Perkawinan : BELUMKAWIN' ? { ...l, text } : l)) }, back: null }, { today }).fields.StatusPerkawinan;
  assert.equal(read('SatusPerkwnun:BELUMKAWIN'), 'BELUM KAWIN');
  assert.equal(read('SatusPerkwnun:CERAIMATI'), 'CERAI MATI');
  assert.equal(read('SatusPerkwnun BELUMKAWIN'), '');
});
