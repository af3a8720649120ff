import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctMrz } from '../../../src/documents/mrz/correct-mrz.js';
import { MRVB, TD1, TD3, TODAY } from './specimens.js';

const correct = (lines: string[]) => correctMrz(lines, { today: TODAY });

test('filler rule: isolated K and C in the name filler zone become <', () => {
  const read = [TD3[0]!.slice(0, 29) + 'K' + TD3[0]!.slice(30, 34) + 'C' + TD3[0]!.slice(35), TD3[1]!];
  const result = correct(read);
  assert.deepEqual(result.lines, TD3);
  assert.deepEqual(result.corrections, [
    { line: 1, position: 29, from: 'K', to: '<', reason: 'filler-rule' },
    { line: 1, position: 34, from: 'C', to: '<', reason: 'filler-rule' },
  ]);
  const td1 = correct([TD1[0]!, TD1[1]!, 'ERIKSSON<<ANNA<MARIA<<<<E<<<L<']);
  assert.deepEqual(td1.lines, TD1);
  assert.deepEqual(td1.corrections.map((c) => c.position), [24, 28]);
});

test('filler rule: an initial after a single < is a name, not filler', () => {
  const lines = [TD1[0]!, TD1[1]!, 'SMITH<<JOHN<K<<<<<<<<<<<<<<<<<'];
  const result = correct(lines);
  assert.deepEqual(result.lines, lines);
  assert.equal(result.parse.fields?.givenNames, 'JOHN K');
});

test('filler rule: a zone holding real letters or runs of lookalikes is left as read', () => {
  for (const name of ['ERIKSSON<<ANNA<<MARIA<<<<K<<<<', 'ERIKSSON<<ANNA<MARIA<<<KK<<<<<', 'ERIKSSON<<ANNA<MARIA<<KCKCKC<<']) {
    const lines = [TD1[0]!, TD1[1]!, name];
    assert.deepEqual(correct(lines).corrections, [], name);
  }
});

test('line length: name line trimmed or padded only with filler', () => {
  const long = correct([TD3[0]! + '<<', TD3[1]!]);
  assert.deepEqual(long.lines, TD3);
  assert.deepEqual(long.corrections, [
    { line: 1, position: 44, from: '<', to: '', reason: 'line-length' },
    { line: 1, position: 45, from: '<', to: '', reason: 'line-length' },
  ]);
  const short = correct([TD3[0]!.slice(0, 42), TD3[1]!]);
  assert.deepEqual(short.lines, TD3);
  assert.deepEqual(short.corrections.map((c) => [c.position, c.from, c.to]), [[42, '', '<'], [43, '', '<']]);
});

test('line length: a filler dropped from a data line is restored where the check digits prove it', () => {
  const dropped = TD3[1]!.slice(0, 37) + TD3[1]!.slice(38); // one < fewer in the personal number
  const result = correct([TD3[0]!, dropped]);
  assert.deepEqual(result.lines, TD3);
  assert.deepEqual(result.corrections, [{ line: 2, position: 37, from: '', to: '<', reason: 'line-length' }]);
  const visa = correct([MRVB[0]!, MRVB[1]!.slice(0, 35)]);
  assert.deepEqual(visa.lines, MRVB);
});

test('line length: a dropped data character is not papered over with filler', () => {
  const dropped = [TD3[0]!, TD3[1]!.slice(0, 5) + TD3[1]!.slice(6)]; // a document-number digit lost
  const result = correct(dropped);
  assert.deepEqual(result.lines, dropped);
  assert.deepEqual(result.corrections, []);
  assert.equal(result.parse.format, null);
});

test('whitespace and case are cleaned without being logged as corrections', () => {
  const result = correct([' p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<< ', 'L898902C36 UTO7408122F1204159ZE184226B<<<<<10', '']);
  assert.deepEqual(result.lines, TD3);
  assert.deepEqual(result.corrections, []);
  assert.equal(result.parse.valid, true);
});
