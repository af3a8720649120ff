import assert from 'node:assert/strict';
import test from 'node:test';
import type { FoundDocument } from '../../src/engines/vision/document-finder.js';
import type { LocatedImage, ReadPage } from '../../src/pipeline/read-document.js';
import { outlineLooksLikeCard } from '../../src/pipeline/stages/mrz-stage.js';

const page = { width: 1000, height: 630, data: new Uint8Array(1000 * 630 * 3) };
const outline = (aspect: FoundDocument['aspect'], cut: boolean): LocatedImage => {
  const found = { quad: [[0, 0], [100, 0], [100, 63], [0, 63]], score: 0.5, aspect, ratio: 1.59, cut } as FoundDocument;
  return { source: { side: 'front', width: 1600, height: 1200, data: new Uint8Array(0) }, found, documents: [found] } as unknown as LocatedImage;
};
const read = (textBoxes: ReadPage['textBoxes']): ReadPage => ({ page, textBoxes, mrz: null }) as unknown as ReadPage;

test('an ID-1 outline, or one with no line an MRZ could be, puts the card reading first', () => {
  assert.equal(outlineLooksLikeCard(outline('id1', false), read(undefined)), true);
  assert.equal(outlineLooksLikeCard(outline('td3', false), read([])), true);
});

test('an outline running out of the frame says nothing: a sheet corner beside a passport the finder missed', () => {
  // A studio photo of a passport on printed sheets: the finder's only outline was a sheet's corner, cut by the frame
  // and card-shaped; the passport went through some 100 card line readings (11 s) before its MRZ was searched for.
  assert.equal(outlineLooksLikeCard(outline('id1', true), read([])), false);
  assert.equal(outlineLooksLikeCard(outline('id1', false), null), false);
});
