// What the cards print equals their truth (issue 4: "the truth files are exact"): every field box a layout
// records under a seed key holds exactly the truth's value, on the side the truth says it is read from; address
// lines joined by a space give the truth's address; and the Philippine cards and the SIM print each of their
// seed values in a box of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerStudioFonts } from '../../src/studio/fonts.js';
import { codiceFiscale } from '../../src/studio/layouts/general-card-parts.js';
import { LAYOUTS } from '../../src/studio/layouts/layouts.js';
import { Rng } from '../../src/studio/prng.js';
import type { DocumentData, FieldBox, StructureName } from '../../src/studio/types.js';

/** Seed values each card prints verbatim in a box of their own (the rest are derived from a printed line). */
const VERBATIM: Partial<Record<StructureName, string[]>> = {
  PhilippinesVoteID: ['VIN', 'FirstName', 'LastName', 'Birthday', 'CivilStatus', 'Citizenship', 'Address', 'PrecinctNo'],
  PhilippinesTinID: ['LicenseNumber', 'FullName', 'Address', 'Birthday', 'IssueDate'],
  PhilippinesSSSID: ['LicenseNumber', 'FullName', 'Birthday'],
  PhilippinesUMID: ['Surname', 'MiddleName', 'GivenName', 'Sex', 'Birthday', 'Address', 'CRN'],
  PhilippinesDrivingLicense: ['Name', 'Nationality', 'Sex', 'Address', 'LicenseNo', 'ExpiresDate', 'AgencyCode', 'Birthday'],
  IndonesiaDrivingLicense: ['LicenseNumber', 'Birthday', 'Address', 'ExpirationDate', 'IssuedDate'],
  GeneralCard: ['LastName', 'FirstName', 'LicenseNumber'],
};

function addressOf(doc: DocumentData): string {
  const a = doc.fields.Address;
  return typeof a === 'string' ? a : [a?.LineOne, a?.LineTwo].filter(Boolean).join(' ');
}

/** The printed value of each seed key on a side: single boxes by key, address lines joined. */
function printed(boxes: FieldBox[]): Map<string, string> {
  const out = new Map<string, string>();
  const lines = boxes.filter((b) => /^Address\d$/.test(b.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (lines.length > 0) out.set('Address', lines.map((b) => b.text).join(' '));
  for (const b of boxes) if (!/^Address\d$/.test(b.key)) out.set(b.key, b.text);
  return out;
}

test('keyed boxes hold exactly the truth values, on the side the truth reads them from', () => {
  registerStudioFonts();
  for (const [structure, verbatim] of Object.entries(VERBATIM) as [StructureName, string[]][]) {
    const layout = LAYOUTS[structure];
    for (let i = 0; i < (structure === 'GeneralCard' ? 30 : 6); i++) {
      const doc = layout.generate(new Rng(`printed/${structure}/${i}`), false);
      const seen = new Map<string, string>();
      for (const side of doc.sides) {
        for (const [key, text] of printed(layout.render(doc, side, 4).boxes)) {
          if (!(key in doc.fields)) continue;
          const truth = key === 'Address' ? addressOf(doc) : doc.fields[key];
          assert.equal(text, truth, `${structure} #${i} ${side} ${key}`);
          assert.equal(doc.fieldSides[key] ?? 'front', side, `${structure} #${i} ${key} is read from the ${side}`);
          seen.set(key, text);
        }
      }
      for (const key of verbatim) assert.ok(seen.has(key), `${structure} #${i} prints ${key} in a box of its own`);
    }
  }
});

test('a TD1 card leaves empty what it prints nowhere, and prints its address only where the state does', () => {
  registerStudioFonts();
  const states = new Set<string>();
  for (let i = 0; i < 60; i++) {
    const doc = LAYOUTS.GeneralCard.generate(new Rng(`td1/${i}`), false);
    if (doc.format !== 'ID1') continue;
    const state = doc.print.state!;
    states.add(state);
    const address = doc.fields.Address as Record<string, string>;
    if (state === 'PRT') {
      assert.equal(doc.fields.IssuedDate, '');
      assert.equal(doc.fields.IssuedAuthority, '');
      assert.equal(doc.fields.BirthPlace, '');
    }
    assert.equal(address.LineOne !== '', ['D', 'FRA', 'ESP', 'ITA'].includes(state), `${state} address`);
    // Germany prints no sex in the visual zone: it is read from the MRZ on the back.
    if (state === 'D') assert.equal(doc.fieldSides.Sex, 'back');
    if (state === 'ITA') assert.match(doc.print.fiscal!, /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/);
  }
  assert.deepEqual([...states].sort(), ['D', 'ESP', 'FRA', 'ITA', 'NLD', 'PRT']);
});

test('the Italian fiscal code follows the Ministry of Finance algorithm, check letter included', () => {
  // The textbook example: Mario Rossi, born 10 December 1985 in the municipality with cadastral code A562.
  assert.equal(codiceFiscale('ROSSI', 'MARIO', { year: 1985, month: 12, day: 10 }, 'M', 'A562'), 'RSSMRA85T10A562S');
  // Women's day of birth is raised by 40; names with four consonants or more keep the 1st, 3rd and 4th.
  assert.equal(codiceFiscale('BIANCHI', 'FRANCESCA', { year: 2002, month: 2, day: 11 }, 'F', 'NAPOLI').slice(0, 15), 'BNCFNC02B51F839');
});
