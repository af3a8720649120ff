import assert from 'node:assert/strict';
import test from 'node:test';
import { phUmidTemplate as umid } from '../../../src/documents/cards/ph-umid/ph-umid-template.js';
import { cardSide } from './card-lines.js';

const today = { today: '2025-06-01' };

// As the recogniser reads a UMID front: SEX and DATE OF BIRTH captions, `MIDDLENAME` without its space.
const front = cardSide('front', [
  ['REPUBLIC OF THE PHILIPPINES', 0.185, 0.064, 0.375, 0.036],
  ['UNIFIED MULTI-PURPOSE ID', 0.188, 0.139, 0.604, 0.057],
  ['CRN-0111-1452077-6', 0.044, 0.281, 0.241, 0.036],
  ['SURNAME', 0.324, 0.277, 0.075, 0.041],
  ['DELA CRUZ', 0.324, 0.321, 0.169, 0.047],
  ['GIVEN NAME', 0.323, 0.385, 0.093, 0.038],
  ['MARK ANTHONY', 0.325, 0.427, 0.2, 0.046],
  ['MIDDLENAME', 0.323, 0.491, 0.103, 0.035],
  ['OCAMPO', 0.326, 0.534, 0.135, 0.043],
  ['SEX', 0.324, 0.595, 0.029, 0.04],
  ['DATEOFBIRTH', 0.429, 0.596, 0.107, 0.035],
  ['M', 0.323, 0.634, 0.032, 0.045],
  ['2005/12/O6', 0.43, 0.636, 0.15, 0.043],
  ['ADDRESS', 0.324, 0.704, 0.067, 0.034],
  ['182 SAMPAGUITA ST. BRGY. MALINIS', 0.325, 0.739, 0.371, 0.042],
  ['DAVAO CITY, DAVAO DEL SUR', 0.327, 0.786, 0.29, 0.032],
]);

const back = cardSide('back', [
  ['UNIFIED MULTI-PURPOSE ID', 0.77, 0.3, 0.2, 0.05],
  ['AUTHORIZED SIGNATURE', 0.047, 0.521, 0.196, 0.041],
  ['This card isnon-transferable and isvalid for transactions with the Sss,Gsis,', 0.046, 0.634, 0.613, 0.057],
  ['PhilHealth andPag-IBIG Fund.Unauthorized use is punishable by law.', 0.047, 0.683, 0.567, 0.054],
  ['CRN-0111-1452077-6', 0.048, 0.865, 0.22, 0.048],
]);

// The other Philippine cards' fronts (all print "REPUBLIC OF THE PHILIPPINES").
const others = {
  lto: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.365, 0.041, 0.299, 0.032],
    ['LAND TRANSPORTATION OFFICE', 0.289, 0.136, 0.45, 0.037],
    ["PROFESSIONAL DRIVER'S LICENSE", 0.304, 0.197, 0.422, 0.037],
    ['SORIANO, RICARDO RAMOS', 0.314, 0.32, 0.409, 0.044],
    ['Date ofBirth', 0.542, 0.392, 0.089, 0.031],
    ['09/16/2000', 0.542, 0.427, 0.136, 0.039],
    ['Address', 0.313, 0.492, 0.059, 0.033],
    ['License No.', 0.313, 0.588, 0.08, 0.034],
    ['D04-22-392083', 0.317, 0.631, 0.204, 0.04],
  ]),
  tin: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.383, 0.044, 0.307, 0.032],
    ['BUREAU OF INTERNAL REVENUE', 0.249, 0.144, 0.578, 0.049],
    ['TIN', 0.342, 0.325, 0.062, 0.043],
    ['750-043-759-000', 0.412, 0.314, 0.335, 0.052],
    ['NAME', 0.342, 0.411, 0.051, 0.033],
    ['MARICEL FLORES MENDOZA', 0.343, 0.451, 0.377, 0.044],
    ['DATE OF BIRTH', 0.342, 0.694, 0.116, 0.031],
    ['02/09/1991', 0.343, 0.738, 0.139, 0.039],
  ]),
  sss: cardSide('front', [
    ['RepublicofthePhilippines', 0.399, 0.067, 0.3, 0.044],
    ['SOCIALSECURITYSYSTEM', 0.257, 0.144, 0.579, 0.059],
    ['SS No.', 0.339, 0.34, 0.059, 0.033],
    ['31 -2421125-0', 0.344, 0.396, 0.329, 0.063],
    ['NAME', 0.34, 0.514, 0.046, 0.029],
    ['JOHN PAUL SANTOS ANDRADA', 0.339, 0.548, 0.458, 0.053],
    ['DATE OFBIRTH', 0.341, 0.622, 0.105, 0.031],
    ['09/12/2003', 0.342, 0.659, 0.155, 0.043],
  ]),
  voter: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.2, 0.04, 0.4, 0.035],
    ['COMMISSION ON ELECTIONS', 0.2, 0.09, 0.45, 0.04],
    ["VOTER'S IDENTIFICATION CARD", 0.2, 0.14, 0.45, 0.04],
    ['VIN 3323-8074V-T2863OPR18544', 0.3, 0.3, 0.5, 0.04],
    ['DELA CRUZ, JUAN', 0.3, 0.4, 0.4, 0.04],
    ['NAME', 0.3, 0.5, 0.06, 0.03],
    ['DATE OF BIRTH', 0.3, 0.6, 0.12, 0.03],
    ['01/31/1990', 0.3, 0.64, 0.12, 0.04],
  ]),
};

test('a UMID front is recognised from its title with the name captions; the back (title on the seal, CRN) is not a front', () => {
  assert.ok(umid.recognise(front).front >= 0.75);
  const r = umid.recognise(back);
  assert.ok(r.back >= 0.8, `back ${r.back}`);
  assert.ok(r.front < 0.75, `back as front ${r.front}`);
});

test('no other Philippine card front (LTO, TIN, SSS, voter) is taken for a UMID', () => {
  for (const [name, side] of Object.entries(others)) assert.ok(umid.recognise(side).front < 0.75, `${name}: ${umid.recognise(side).front}`);
});

test('every field is read in the studio formats: CRN without its label, the address lines joined', () => {
  const { fields, extra } = umid.read({ front, back }, today);
  assert.deepEqual(fields, {
    Surname: 'DELA CRUZ',
    MiddleName: 'OCAMPO',
    GivenName: 'MARK ANTHONY',
    Sex: 'M',
    Birthday: '2005/12/06',
    Address: '182 SAMPAGUITA ST. BRGY. MALINIS, DAVAO CITY, DAVAO DEL SUR',
    CRN: '0111-1452077-6',
  });
  assert.equal(extra.BackCRN, '0111-1452077-6');
});

test('the CRN label misread (`GRN`, spaces) or lost is still read', () => {
  const misread = cardSide('front', [['GRN - 0111 - 1452077 - 6', 0.04, 0.28, 0.3, 0.036]]);
  assert.equal(umid.read({ front: misread, back: null }, today).fields.CRN, '0111-1452077-6');
  const bare = cardSide('front', [['0111-1452077-6', 0.04, 0.28, 0.2, 0.036]]);
  assert.equal(umid.read({ front: bare, back: null }, today).fields.CRN, '0111-1452077-6');
});

test('a valid UMID passes with the back agreeing; eight middle digits and a differing back CRN warn', () => {
  const byId = (rules: ReturnType<typeof umid.validate>) => Object.fromEntries(rules.map((r) => [r.id, r]));
  const ok = byId(umid.validate(umid.read({ front, back }, today), today));
  assert.equal(ok['ph.umidCrn.format']!.status, 'pass');
  assert.equal(ok['ph.umidCrn.backAgrees']!.status, 'pass');
  assert.equal(ok['document.expiry']!.status, 'skipped');
  const badFront = { ...front, lines: front.lines.map((l) => (l.text.startsWith('CRN') ? { ...l, text: 'CRN-0111-14520776-6' } : l)) };
  const bad = byId(umid.validate(umid.read({ front: badFront, back }, today), today));
  assert.equal(bad['ph.umidCrn.format']!.status, 'warn');
  assert.equal(bad['ph.umidCrn.format']!.warn, 'InformationVerificationFailed');
  assert.equal(bad['ph.umidCrn.backAgrees']!.status, 'warn');
});
