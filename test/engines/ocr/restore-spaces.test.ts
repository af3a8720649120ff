import assert from 'node:assert/strict';
import test from 'node:test';
import { restoreSpaces } from '../../../src/engines/ocr/restore-spaces.js';
import type { RecognizedText } from '../../../src/engines/ocr/ocr-engine.js';

/** A reading whose characters carry the space class's best probability before them. */
function reading(text: string, spaceBefore: Record<number, number> = {}): RecognizedText {
  return { text, confidence: 0.99, chars: [...text].map((char, i) => ({ char, confidence: 0.99, x: (i + 0.5) / text.length, spaceBefore: spaceBefore[i] ?? 0 })) };
}

test('where the space class rose between two words, the swallowed space is put back', () => {
  assert.equal(restoreSpaces(reading('BLK755ANG', { 3: 0.06, 6: 0.03 })).text, 'BLK 755 ANG');
  assert.equal(restoreSpaces(reading('PRIYAA/PRAMASAMY', { 5: 0.48, 8: 0.3 })).text, 'PRIYA A/P RAMASAMY');
});

test('inside words, beside spaces already read, and between CJK characters nothing is added', () => {
  assert.equal(restoreSpaces(reading('MELAWATI', { 2: 0.002 })).text, 'MELAWATI');
  assert.equal(restoreSpaces(reading('BANYUMANIK,KOTA', { 10: 0.2, 11: 0.3 })).text, 'BANYUMANIK, KOTA');
  assert.equal(restoreSpaces(reading('A/P', { 1: 0.1, 2: 0.1 })).text, 'A/P');
  assert.equal(restoreSpaces(reading('KARAWACI,KOTA')).text, 'KARAWACI, KOTA');
  assert.equal(restoreSpaces(reading('1,000')).text, '1,000');
  assert.equal(restoreSpaces(reading('JL.ANGSANA NO.21')).text, 'JL. ANGSANA NO. 21');
  assert.equal(restoreSpaces(reading('W.PERSEKUTUAN 1.80')).text, 'W.PERSEKUTUAN 1.80');
  assert.equal(restoreSpaces(reading('OF INTERNAL', { 2: 0.5, 3: 0.4 })).text, 'OF INTERNAL');
  assert.equal(restoreSpaces(reading('方寶穎', { 1: 0.2 })).text, '方寶穎');
  const same = reading('ABC');
  assert.equal(restoreSpaces(same), same);
});
