import assert from 'node:assert/strict';
import test from 'node:test';
import { afterCaption, findCaption, findPattern, leftOfColumn, linesBelow, linesIn, linesRightOf, phraseScore } from '../../../src/documents/cards/find-lines.js';
import { cardSide } from './card-lines.js';

const side = cardSide('front', [
  ['Name', 0.2, 0.3, 0.06, 0.03],
  ['KOH YONG LIANG', 0.2, 0.34, 0.25, 0.045],
  ['Race', 0.2, 0.45, 0.06, 0.03],
  ['CHINESE', 0.2, 0.49, 0.12, 0.045],
  ['Sex', 0.55, 0.45, 0.05, 0.03],
  ['M', 0.55, 0.49, 0.03, 0.045],
  ['Nama : ENDANG', 0.05, 0.7, 0.3, 0.04],
  ['Gol. Darah', 0.5, 0.7, 0.1, 0.04],
  [': AB', 0.62, 0.7, 0.05, 0.04],
]);

test('a caption is found fuzzily, and its value below it, aligned with it', () => {
  const caption = findCaption(side, ['Name']);
  assert.equal(caption?.line.text, 'Name');
  assert.deepEqual(linesBelow(side, caption!.line).map((l) => l.text), ['KOH YONG LIANG']);
  const sex = findCaption(side, ['Sex'])!;
  assert.deepEqual(linesBelow(side, sex.line).map((l) => l.text), ['M']);
  assert.equal(findCaption(side, ['Date of Birth']), null);
});

test('values to the right on the same row, after a colon on the same line, by pattern and by zone', () => {
  const blood = findCaption(side, ['Gol. Darah'])!;
  assert.deepEqual(linesRightOf(side, blood.line).map((l) => l.text), [': AB']);
  assert.equal(afterCaption('Nama : ENDANG', 'Nama'), 'ENDANG');
  assert.equal(afterCaption('NamaENDANG', 'Nama'), 'ENDANG');
  assert.equal(findPattern(side, /^[A-Z]+$/)?.line.text, 'CHINESE');
  assert.deepEqual(linesIn(side, { x: 0.5, y: 0.4, width: 0.2, height: 0.2 }).map((l) => l.text), ['Sex', 'M']);
  assert.equal(phraseScore(side, ['KOH YONG LIANG']), 1);
});

test('leftOfColumn cuts a value run into the next column at the word gap nearest the column, else keeps it whole', () => {
  const line = { text: 'MARIA CRISTINA RAMOS', confidence: 1, box: { x: 0.55, y: 0.43, width: 0.31, height: 0.036 } };
  assert.equal(leftOfColumn(line, 0.77), 'MARIA CRISTINA');
  assert.equal(leftOfColumn(line, 0.9), 'MARIA CRISTINA RAMOS', 'the line ends before the next column');
  assert.equal(leftOfColumn({ ...line, text: 'MARIACRISTINARAMOS' }, 0.77), 'MARIACRISTINARAMOS', 'no word gap to cut at');
});

test('a title the detector split into two boxes of one row (glare across it) is still found; boxes of other rows are not joined', () => {
  const split = cardSide('front', [
    ['SOCIAL SECUR', 0.287, 0.2, 0.327, 0.05],
    ['SYSTEM', 0.713, 0.196, 0.184, 0.053],
    ['SOCIAL', 0.1, 0.5, 0.1, 0.05],
    ['SECURITY SYSTEM', 0.1, 0.6, 0.3, 0.05],
  ]);
  assert.ok(phraseScore(split, ['SOCIAL SECURITY SYSTEM']) >= 0.8);
  const apart = cardSide('front', [
    ['SOCIAL', 0.1, 0.5, 0.1, 0.05],
    ['SECURITY SYSTEM', 0.1, 0.6, 0.3, 0.05],
  ]);
  assert.ok(phraseScore(apart, ['SOCIAL SECURITY SYSTEM']) < 0.8);
});
