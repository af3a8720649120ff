import { test } from 'node:test';
import assert from 'node:assert/strict';
import { characterForCode, codeForCharacter } from '../../../src/documents/cards/hk-id-card/telegraph-code.js';

// Codes as printed on HKIDs and in the Chinese Commercial Code book (Unihan kTaiwanTelegraph 15.1.0).
const KNOWN: ReadonlyArray<readonly [string, string]> = [
  ['李', '2621'], ['智', '2535'], ['能', '5174'], ['陳', '7115'], ['張', '1728'], ['周', '0719'],
  ['方', '2455'], ['寶', '1405'], ['穎', '4481'], ['譚', '6223'], ['盧', '4151'],
];

test('known traditional characters map to their telegraph codes and back', () => {
  for (const [char, code] of KNOWN) {
    assert.equal(codeForCharacter(char), code, char);
    assert.equal(characterForCode(code)[0], char, code);
  }
});

test('the specimen name 李智能 is rebuilt from 2621 2535 5174', () => {
  const name = '2621 2535 5174'.split(' ').map((code) => characterForCode(code)[0]).join('');
  assert.equal(name, '李智能');
});

test('a code shared by both books lists the Taiwan/Hong Kong character first, without repeats', () => {
  assert.deepEqual(characterForCode('1013'), ['執', '执']);
  // 李 has 2621 in both books: it must appear once.
  assert.deepEqual(characterForCode('2621'), ['李']);
});

test('the mainland book is the fallback for codes the Taiwan book lacks', () => {
  assert.deepEqual(characterForCode('1110'), ['椴']);
});

test('traditional characters take the Taiwan code, simplified ones the mainland code', () => {
  assert.equal(codeForCharacter('陳'), '7115');
  assert.equal(codeForCharacter('执'), '1013');
});

test('a character with two Taiwan codes keeps the first one Unihan lists', () => {
  assert.equal(codeForCharacter('塵'), '1057');
  assert.equal(characterForCode('7775')[0], '塵');
});

test('characters outside the BMP are returned whole', () => {
  assert.equal(characterForCode('2416')[0], '\u{22FCC}');
  assert.equal(codeForCharacter('\u{22FCC}'), '2416');
});

test('a compatibility ideograph keeps its own code and otherwise falls back to its NFC form', () => {
  assert.equal(codeForCharacter('\u{2F8BA}'), '2210');
  assert.equal(codeForCharacter('\u62FC'), '2178');
  // U+F9B4 (compatibility 領) has no code of its own; NFC gives U+9818 領.
  assert.equal(codeForCharacter('\uF9B4'), '7325');
  assert.equal(codeForCharacter('\u9818'), '7325');
});

test('malformed or unknown input gives no answer', () => {
  assert.deepEqual(characterForCode('262'), []);
  assert.deepEqual(characterForCode('26211'), []);
  assert.deepEqual(characterForCode('２６２１'), []);
  assert.deepEqual(characterForCode('abcd'), []);
  assert.deepEqual(characterForCode('9999'), []);
  assert.equal(codeForCharacter(''), null);
  assert.equal(codeForCharacter('李智'), null);
  assert.equal(codeForCharacter('A'), null);
});
