import assert from 'node:assert/strict';
import test from 'node:test';
import { backNeedsNoMore, bandReadsAsCard, textAtEdge } from '../../src/pipeline/read-card-pages.js';
import { cardSide } from '../documents/cards/card-lines.js';

test('a cut whose words run to its edge is taken for an outline cut through the card; stray glyphs there are not', () => {
  const inside = cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.3, 0.05, 0.4, 0.05],
    ['SANTOS, JOCELYN CASTILLO', 0.28, 0.5, 0.45, 0.06],
  ]);
  assert.equal(textAtEdge(inside), false);
  const cutShort = cardSide('front', [...inside.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), ['Address', 0.25, 0.96, 0.07, 0.037]]);
  assert.equal(textAtEdge(cutShort), true);
  const stray = cardSide('front', [...inside.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), ['5', 0.99, 0.5, 0.01, 0.02]]);
  assert.equal(textAtEdge(stray), false);
  // The Thai card's caption printed 1.3 % of its height above its lower edge: inside a well-cut outline.
  const nearEdge = cardSide('front', [...inside.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), ['Date of Issue', 0.06, 0.955, 0.17, 0.032]]);
  assert.equal(textAtEdge(nearEdge), false);
});

test('a back recognised from its larger lines alone is not read further, unless its template reads the back or too little is read', () => {
  // The larger print of an LTO licence's back, as read before its 40-odd small lines.
  const ltoBack = cardSide('back', [
    ['DL CODES VEHICLE CATEGORIES', 0.05, 0.05, 0.4, 0.05],
    ['This license is the property of the LTO and', 0.05, 0.6, 0.45, 0.04],
    ['must be surrendered upon its demand.', 0.05, 0.65, 0.4, 0.04],
    ['IN CASE OF EMERGENCY, PLEASE NOTIFY:', 0.05, 0.75, 0.4, 0.04],
  ]);
  assert.equal(backNeedsNoMore(ltoBack), true);
  // An NRIC's back carries its address (a seed key): read whole, however clearly it is a back.
  const nricBack = cardSide('back', [
    ['S8688026A', 0.06, 0.1, 0.19, 0.05],
    ['Date of issue', 0.32, 0.27, 0.11, 0.035],
    ['20-12-2010', 0.33, 0.32, 0.15, 0.04],
    ['Address', 0.33, 0.43, 0.07, 0.035],
    ['SINGAPORE 541376', 0.33, 0.6, 0.25, 0.04],
  ]);
  assert.equal(backNeedsNoMore(nricBack), false);
  // Too little to tell: read whole.
  assert.equal(backNeedsNoMore(cardSide('back', [['CONDITIONS', 0.05, 0.05, 0.2, 0.05]])), false);
});

test('a page band whose long lines read as a card\'s (a KTP outlined in a passport page\'s shape) puts the card first; MRZ fillers or a passport\'s lines do not', () => {
  // As read in the band of a slanted KTP photo (studio seed session7-fresh #2).
  assert.equal(bandReadsAsCard(['Kewarganegaraan :WNI', 'Berlaku Hingga:SEUMURHIDUP', 'StatusPerkawinan :BELUM KAWIN', '', '47000', 'NONO', '']), true);
  assert.equal(bandReadsAsCard(['Kewarganegaraan :WNI', 'P<IDNSANTOSO<<BUDI<<<<<<<<<<<<<<<<<<<<<<<<<<<']), false);
  assert.equal(bandReadsAsCard(['UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND', 'Date of expiry', '03 OCT 2031']), false);
});
