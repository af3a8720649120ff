import assert from 'node:assert/strict';
import test from 'node:test';
import { isProse } from '../../src/pipeline/read-page-mrz.js';

test('a card back notice reads as prose; MRZ lines, dates and fragments a cut-off passport band reads do not', () => {
  assert.equal(isProse('This card does not by itself confer on the holder a right'), true);
  assert.equal(isProse('remain in HongKongunlesstheholderisapermanent re'), true);
  assert.equal(isProse('THIS LICENSE IS THE PROPERTY OF THE LTO'), true);
  // MRZ lines, read whole or with the filler runs dropped.
  assert.equal(isProse('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<'), false);
  assert.equal(isProse('L898902C36UTO7408122F1204159ZE184226B10'), false);
  assert.equal(isProse('PUTOERIKSSON ANNA MARIA'), false);
  // What a Latvian passport page's band read where its outline had cut the MRZ off.
  for (const fragment of ['DOaeuy', '04.11.2026.', 'naihoaeg/meplenmd', 'M']) assert.equal(isProse(fragment), false, fragment);
});
