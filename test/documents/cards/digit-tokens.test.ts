import assert from 'node:assert/strict';
import test from 'node:test';
import { digitTokens } from '../../../src/documents/cards/digit-tokens.js';

test('house and block numbers with one look-alike letter are read as digits', () => {
  assert.equal(digitTokens('S46 AGUINALDO HIGHWAY'), '546 AGUINALDO HIGHWAY');
  assert.equal(digitTokens('BLK 7O4 BEDOK NORTH ROAD'), 'BLK 704 BEDOK NORTH ROAD');
  assert.equal(digitTokens('NO 3O JALAN TUN RAZAK'), 'NO 30 JALAN TUN RAZAK', 'one digit anchors a token it starts');
});

test('words, suffix letters, codes and numbers with more than one letter are left alone', () => {
  assert.equal(digitTokens('NO 10B JALAN SS 2/24'), 'NO 10B JALAN SS 2/24');
  assert.equal(digitTokens('SOLO, ISLAM, OS'), 'SOLO, ISLAM, OS');
  assert.equal(digitTokens('S8059556E'), 'S8059556E');
  assert.equal(digitTokens('3O4S'), '3O4S');
  assert.equal(digitTokens('UNIT S4'), 'UNIT S4', 'a letter leading a single digit is left alone');
});
