import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignOcr, mrzChars } from '../../../src/engines/mrz/align-ocr.js';
import { positionAlphabet } from '../../../src/engines/mrz/field-alphabet.js';
import { mrzAlphabetShare, toMrzAlphabet } from '../../../src/engines/mrz/mrz-alphabet.js';
import { ocrLineLength } from '../../../src/engines/mrz/zone-templates.js';
import type { RecognizedChar } from '../../../src/engines/ocr/ocr-engine.js';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

function read(text: string, confidence = 0.9): RecognizedChar[] {
  return [...text].map((char, i, all) => ({ char, confidence, x: (i + 0.5) / all.length }));
}

test('OCR lookalikes map onto the MRZ alphabet; spaces go; other characters stay for the parser to report', () => {
  assert.equal(toMrzAlphabet('p<uto«ERIKSSON‹‹ ANNA≤MARIA＜《'), 'P<UTO<ERIKSSON<<ANNA<MARIA<<');
  assert.equal(toMrzAlphabet('L898902C36UTO74081２２F'), 'L898902C36UTO7408122F');
  assert.equal(toMrzAlphabet('ΜEX×'), 'MEXX');
  assert.equal(toMrzAlphabet('A/B'), 'A/B');
});

test('MRZ-likeness counts lower case and punctuation against a reading', () => {
  assert.equal(mrzAlphabetShare('P<UTOERIKSSON<<ANNA'), 1);
  assert.ok(mrzAlphabetShare('Date of birth/Date de naissance') < 0.2);
  assert.ok(mrzAlphabetShare('P«UTO ERIKSSON‹‹ANNA') > 0.99);
});

test('characters split by the mapping keep their confidence and position', () => {
  const chars = mrzChars([{ char: '«', confidence: 0.5, x: 0.1 }, { char: ' ', confidence: 0.9, x: 0.2 }, { char: 'a', confidence: 0.8, x: 0.3 }]);
  assert.deepEqual(chars, [{ char: '<', confidence: 0.5, x: 0.1 }, { char: 'A', confidence: 0.8, x: 0.3 }]);
});

test('the line length follows the longest OCR reading: three lines are TD1', () => {
  assert.equal(ocrLineLength(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<', TD3[1]!]), 44);
  assert.equal(ocrLineLength(['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']), 36);
  assert.equal(ocrLineLength(['a', 'b', 'c']), 30);
});

test('alignment: against a trusted template, dropped fillers leave empty cells and a shift is undone', () => {
  // The OCR lost three fillers of the long run and inserted a stray character early in the line.
  const ocr = read('P<UTOXERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<');
  const cells = alignOcr(ocr, 44, { text: TD3[0]!, centres: [], trusted: true })!;
  assert.equal(cells.length, 44);
  assert.equal(cells.map((c) => c.char || '<').join(''), TD3[0]);
  assert.equal(cells.filter((c) => c.char === '').length, 3);
});

test('alignment without a trusted template: one to one when the count is right, else by position', () => {
  const exact = alignOcr(read(TD3[1]!), 44, null)!;
  assert.equal(exact.map((c) => c.char).join(''), TD3[1]);
  assert.equal(alignOcr(read('L898902C36'), 44, null), null);
  const centres = Array.from({ length: 10 }, (_, i) => (i + 0.5) / 10);
  const partial: RecognizedChar[] = [{ char: 'A', confidence: 0.9, x: 0.05 }, { char: 'B', confidence: 0.9, x: 0.52 }, { char: 'C', confidence: 0.4, x: 0.56 }];
  const placed = alignOcr(partial, 10, { text: 'XXXXXXXXXX', centres, trusted: false })!;
  assert.equal(placed.map((c) => c.char || '.').join(''), 'A....B....');
});

test('field alphabets follow the format: letters in names and states, digits in dates and check digits', () => {
  const allowed = positionAlphabet('TD3', TD3);
  assert.ok(allowed(0, 10).test('A') && !allowed(0, 10).test('0'), 'name');
  assert.ok(!allowed(1, 11).test('0'), 'nationality');
  assert.ok(allowed(1, 13).test('7') && !allowed(1, 13).test('T'), 'birth date');
  assert.ok(allowed(1, 20).test('F') && !allowed(1, 20).test('E'), 'sex');
  assert.ok(allowed(1, 2).test('8') && allowed(1, 2).test('B'), 'document number holds either');
  assert.ok(!allowed(1, 43).test('O'), 'composite check digit');
});
