import assert from 'node:assert/strict';
import test from 'node:test';
import { phVoterIdTemplate as voter } from '../../../src/documents/cards/ph-voter-id/ph-voter-id-template.js';
import { findVin, findVoterDate, precinct } from '../../../src/documents/cards/ph-voter-id/voter-values.js';
import { cardSide, type LineSpec } from './card-lines.js';

const today = { today: '2026-03-01' };

// A voter's ID front as the recogniser reads it: captions without their spaces (`LASTNAME`, `DATE OFBIRTH`).
const specimen: LineSpec[] = [
  ['Republic of the Philippines', 0.4, 0.041, 0.299, 0.048],
  ['COM MISSION ON ELECTIONS', 0.289, 0.106, 0.522, 0.045],
  ['ANGELES CITY, PAMPANGA', 0.414, 0.181, 0.271, 0.036],
  ['VIN', 0.325, 0.28, 0.027, 0.027],
  ['3323-8074V-T2863OPR18544', 0.327, 0.316, 0.418, 0.04],
  ['LASTNAME', 0.322, 0.386, 0.083, 0.034],
  ['FIRSTNAME', 0.546, 0.388, 0.085, 0.031],
  ['MIDDLE NAME', 0.768, 0.388, 0.102, 0.031],
  ['DELA CRUZ', 0.325, 0.423, 0.101, 0.042],
  ['MARY GRACE', 0.547, 0.425, 0.167, 0.04],
  ['SANTOS', 0.769, 0.425, 0.14, 0.039],
  ['DATE OFBIRTH', 0.324, 0.495, 0.104, 0.031],
  ['CIVILSTATUS', 0.546, 0.495, 0.09, 0.031],
  ['CITIZENSHIP', 0.768, 0.495, 0.089, 0.031],
  ['SEP 21, 1951', 0.323, 0.533, 0.147, 0.043],
  ['WIDOWED', 0.547, 0.532, 0.126, 0.039],
  ['FILIPINO', 0.768, 0.532, 0.111, 0.039],
  ['ADDRESS', 0.324, 0.603, 0.066, 0.034],
  ['722 AGUINALDO HIGHWAY BRGY. MALINIS, ANGELES CITY, PAMPANGA', 0.324, 0.641, 0.648, 0.037],
  ['PRECINCTNO.', 0.324, 0.719, 0.097, 0.031],
  ['0215A', 0.325, 0.758, 0.111, 0.049],
  ["VOTER'S SIGNATURE", 0.096, 0.919, 0.141, 0.028],
  ['RIGHTTHUMBMARK', 0.792, 0.929, 0.132, 0.028],
];

const back = cardSide('back', [
  ["Thisvoter'sidentification card isissuedpursuanttoSection 25ofRepublic", 0.055, 0.099, 0.612, 0.041],
  ["Act No.8189 and shall serve asa document for theregisteredvoter's", 0.055, 0.147, 0.572, 0.041],
  ['identification. It is non-transferable. In case of loss or destruction,no copy', 0.056, 0.194, 0.612, 0.042],
  ['Commission. lf found, pleaseretun to the nearest Office of the Election Officer.', 0.056, 0.294, 0.654, 0.037],
  ['CHAIRMAN', 0.685, 0.594, 0.101, 0.035],
  ['3323-8074V-T2863OPR18544', 0.35, 0.886, 0.304, 0.032],
]);

function variant(changes: Record<string, string>): LineSpec[] {
  return specimen.map((line): LineSpec => (line[0] in changes ? [changes[line[0]]!, line[1], line[2], line[3], line[4]] : line));
}

function read(lines: LineSpec[], withBack = true) {
  return voter.read({ front: cardSide('front', lines), back: withBack ? back : null }, today);
}

test('the front is recognised by COMELEC or by the VIN with its own captions; the other Philippine cards are not', () => {
  assert.ok(voter.recognise(cardSide('front', specimen)).front >= 0.95);
  const untitled = specimen.filter((l) => !/ELECTIONS/.test(l[0]));
  assert.ok(voter.recognise(cardSide('front', untitled)).front >= 0.75);
  assert.ok(voter.recognise(back).back >= 0.9);
  assert.ok(voter.recognise(back).front < 0.75, 'the back mentions the Commission but is no front');
  const republic = ['REPUBLIC OF THE PHILIPPINES', 0.2, 0.05, 0.4] as LineSpec;
  const others = [
    cardSide('front', [republic, ['UNIFIED MULTI-PURPOSE ID', 0.19, 0.14, 0.6], ['CRN-0111-1452077-6', 0.04, 0.28, 0.24], ['SURNAME', 0.32, 0.28], ['ADDRESS', 0.32, 0.7]]),
    cardSide('front', [republic, ['LAND TRANSPORTATION OFFICE', 0.29, 0.14, 0.45], ['NON-PROFESSIONAL DRIVER\'S LICENSE', 0.2, 0.2, 0.5], ['N03-12-123456', 0.1, 0.5], ['Civil Status', 0.5, 0.6]]),
    cardSide('front', [republic, ['SOCIAL SECURITY SYSTEM', 0.2, 0.12, 0.5], ['SS No. 34-1234567-8', 0.1, 0.3]]),
    cardSide('front', [republic, ['BUREAU OF INTERNAL REVENUE', 0.2, 0.12, 0.5], ['TIN 123-456-789-000', 0.1, 0.3]]),
  ];
  for (const other of others) assert.ok(voter.recognise(other).front < 0.75, other.lines[1]!.text);
});

test('every field is read in the card formats; the middle name goes to extra', () => {
  const result = read(specimen);
  assert.deepEqual(result.fields, {
    VIN: '3323-8074V-T2863OPR18544',
    FirstName: 'MARY GRACE',
    LastName: 'DELA CRUZ',
    Birthday: 'SEP 21, 1951',
    CivilStatus: 'WIDOWED',
    Citizenship: 'FILIPINO',
    Address: '722 AGUINALDO HIGHWAY BRGY. MALINIS, ANGELES CITY, PAMPANGA',
    PrecinctNo: '0215A',
  });
  assert.deepEqual(result.extra, { BackVIN: '3323-8074V-T2863OPR18544', MiddleName: 'SANTOS' });
  assert.equal(result.regions.VIN?.side, 'front');
  assert.equal(result.regions.LastName?.box.x, 0.325);
  const rules = voter.validate(result, today);
  for (const rule of rules) assert.notEqual(rule.status, 'warn', `${rule.id}: ${rule.message}`);
  assert.equal(rules.find((r) => r.id === 'ph.vin.format')?.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'ph.vin.backAgrees')?.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'document.expiry')?.status, 'skipped');
});

test('OCR noise: glyph confusions in the VIN, a caption run into its value, a two-line address, misread vocabulary', () => {
  const noisy = variant({
    '3323-8074V-T2863OPR18544': 'VIN: 3323-8O74V-T28630PR18544',
    VIN: '',
    'SEP 21, 1951': 'SEP21,1951',
    WIDOWED: 'WIDOWEO',
    FILIPINO: 'FILIPlNO',
    'PRECINCTNO.': 'PRECINCT NO. O215A',
    '0215A': '',
    '722 AGUINALDO HIGHWAY BRGY. MALINIS, ANGELES CITY, PAMPANGA': '722 AGUINALDO HIGHWAY BRGY. MALINIS,',
  }).filter((l) => l[0] !== '');
  noisy.push(['ANGELES CITY, PAMPANGA', 0.324, 0.676, 0.3, 0.037]);
  const result = read(noisy);
  assert.equal(result.fields.VIN, '3323-8074V-T2863OPR18544');
  assert.equal(result.fields.Birthday, 'SEP 21, 1951');
  assert.equal(result.fields.CivilStatus, 'WIDOWED');
  assert.equal(result.fields.Citizenship, 'FILIPINO');
  assert.equal(result.fields.PrecinctNo, '0215A');
  assert.equal(result.fields.Address, '722 AGUINALDO HIGHWAY BRGY. MALINIS, ANGELES CITY, PAMPANGA');
});

test('a value the OCR missed is left empty, not taken from the next row', () => {
  const result = read(specimen.filter((l) => l[0] !== 'FILIPINO' && l[0] !== 'DELA CRUZ'));
  assert.equal(result.fields.Citizenship, '');
  assert.equal(result.fields.LastName, '');
  assert.equal(result.fields.Address, '722 AGUINALDO HIGHWAY BRGY. MALINIS, ANGELES CITY, PAMPANGA');
});

test('the VIN falls back to the back; a short VIN, a back that disagrees and an under-age holder are raised', () => {
  const fromBack = read(specimen.filter((l) => !/^3323/.test(l[0])));
  assert.equal(fromBack.fields.VIN, '3323-8074V-T2863OPR18544');
  assert.equal(fromBack.regions.VIN?.side, 'back');

  const short = read(variant({ '3323-8074V-T2863OPR18544': '3323-8074V-T2863OPR1854' }), false);
  const rules = voter.validate(short, today);
  assert.equal(rules.find((r) => r.id === 'ph.vin.format')?.status, 'warn');
  assert.equal(rules.find((r) => r.id === 'ph.vin.format')?.warn, 'InformationVerificationFailed');
  assert.equal(rules.find((r) => r.id === 'ph.vin.backAgrees')?.status, 'skipped');

  const other = read(variant({ '3323-8074V-T2863OPR18544': '3323-8074V-T2863OPR18545' }));
  assert.equal(voter.validate(other, today).find((r) => r.id === 'ph.vin.backAgrees')?.status, 'warn');

  const young = read(variant({ 'SEP 21, 1951': 'JAN 02, 2015' }));
  assert.equal(voter.validate(young, today).find((r) => r.id === 'ph.voter.age')?.status, 'warn');
});

test('value helpers: VIN shape snapping only where the reading fits, dates as printed', () => {
  assert.equal(findVin('2830-4531C-M0089YKH32836'), '2830-4531C-M0089YKH32836');
  assert.equal(findVin('283O-4531C-MO089YKH32836'), '2830-4531C-M0089YKH32836');
  // A reading of another shape is reported as read (its format rule judges it).
  assert.equal(findVin('2830-4531C-M0089YK-H32836'), '2830-4531C-M0089YK-H32836');
  assert.equal(findVin('SS No. 34-1234567-8'), null);
  assert.deepEqual(findVoterDate('0CT 30,1963')?.printed, 'OCT 30, 1963');
  assert.deepEqual(findVoterDate('SEPTEMBER 21, 1951')?.printed, 'SEPTEMBER 21, 1951');
  assert.equal(findVoterDate('CIVIL STATUS'), null);
});

test('precinct numbers: four digits and a letter, glyphs put back in their places', () => {
  assert.equal(precinct('O215A'), '0215A');
  assert.equal(precinct('83401'), '8340I');
  assert.equal(precinct('0045'), '0045');
  assert.equal(precinct('8497)'), '8497J', 'a J read as a bracket');
  assert.equal(precinct('8497 |'), '8497I');
  assert.equal(precinct('PRECINCT'), 'PRECINCT');
});

test('a first name run into the middle-name column keeps its own words; a civil status under a misread caption is still read', () => {
  // The detector took `MARY GRACE` and the middle name `SANTOS` for one line across both columns.
  const merged = specimen.filter((l) => l[0] !== 'SANTOS').map((l): LineSpec => (l[0] === 'MARY GRACE' ? ['MARY GRACE SANTOS', 0.547, 0.425, 0.362, 0.04] : l));
  assert.equal(read(merged).fields.FirstName, 'MARY GRACE');
  const unreadCaption = variant({ CIVILSTATUS: 'CM L STATUS', CITIZENSHIP: 'CTIZENHP' });
  const fields = read(unreadCaption).fields;
  assert.equal(fields.CivilStatus, 'WIDOWED');
  assert.equal(fields.Citizenship, 'FILIPINO');
});

test('the first name and the address are found by their places when their captions do not read', () => {
  const fields = read(variant({ FIRSTNAME: 'FORST NA', ADDRESS: '806ESS' })).fields;
  assert.equal(fields.FirstName, 'MARY GRACE');
  assert.equal(fields.Address, '722 AGUINALDO HIGHWAY BRGY. MALINIS, ANGELES CITY, PAMPANGA');
  assert.equal(fields.PrecinctNo, '0215A');
});
