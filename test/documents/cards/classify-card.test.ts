import assert from 'node:assert/strict';
import test from 'node:test';
import { classifyCard } from '../../../src/documents/cards/classify-card.js';
import { hkidTemplate } from '../../../src/documents/cards/hk-id-card/hkid-template.js';
import type { CardTemplate } from '../../../src/documents/cards/card-template.js';
import { cardSide } from './card-lines.js';

const hkFront = cardSide('front', [
  ['HONG KONG PERMANENT IDENTITY CARD', 0.2, 0.1, 0.6],
  ['CHAN, Tai Man', 0.05, 0.35],
  ['E147333(A)', 0.7, 0.85],
]);
const hkBack = cardSide('back', [
  ['This card does not by itself confer on the holder a right to', 0.05, 0.2, 0.8],
  ['Director of Immigration, HKSAR', 0.05, 0.6, 0.4],
]);
/** A stand-in for another country's template: recognises only its own title. */
const other: CardTemplate = {
  ...hkidTemplate,
  structure: 'SingaporeIDCard',
  cardSubType: 'SG_NRIC',
  recognise: (text) => ({ front: text.lines.some((l) => l.text.includes('REPUBLIC OF SINGAPORE')) ? 0.95 : 0, back: 0, evidence: [] }),
};
const sgFront = cardSide('back', [['REPUBLIC OF SINGAPORE', 0.1, 0.1, 0.4]]);

test('the best front wins; the other side is its back', () => {
  const result = classifyCard([hkidTemplate, other], [hkFront, hkBack]);
  assert.equal(result?.template.cardSubType, 'HKID_2018');
  assert.equal(result?.front, hkFront);
  assert.equal(result?.back, hkBack);
  assert.equal(result?.mismatch, null);
});

test('sides sent the wrong way round are still read by what they show (D11)', () => {
  const swapped = [{ ...hkBack, side: 'front' as const }, { ...hkFront, side: 'back' as const }];
  const result = classifyCard([hkidTemplate, other], swapped);
  assert.equal(result?.front, swapped[1]);
});

test("a back that is another card's front is a FrontBackMismatch", () => {
  const result = classifyCard([hkidTemplate, other], [hkFront, sgFront]);
  assert.equal(result?.template.cardSubType, 'HKID_2018');
  assert.deepEqual(result?.mismatch, { side: 'back', seenAs: 'SG_NRIC', score: 0.95 });
});

test('nothing recognised is null: the caller goes on to look for an MRZ', () => {
  assert.equal(classifyCard([hkidTemplate, other], [cardSide('front', [['SOME SHOP RECEIPT', 0.1, 0.1]])]), null);
});
