import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createCryptoBox, parseEncryptionKey } from '../../src/store/crypto-box.js';
import { outcomeCodec } from '../../src/store/outcome-codec.js';
import type { VerificationOutcome } from '../../src/verification/types.js';

// decisions.md D19: AES-256-GCM, random IV, tag, version byte, associated data binding row and column.
const key = randomBytes(32);
const box = createCryptoBox(key);
const plain = Buffer.from('Name: CHAN Tai Man / A123456(7)');
const place = 'verifications.outcome:0b6f4f0e-58a6-4f6e-9a55-2f3a4f8c1d10';

test('seal then open returns the plaintext; the ciphertext does not contain it', () => {
  const sealed = box.seal(plain, place);
  assert.equal(sealed[0], 1, 'version byte');
  assert.equal(sealed.length, 1 + 12 + 16 + plain.length);
  assert.ok(!sealed.includes(plain));
  assert.deepEqual(box.open(sealed, place), plain);
});

test('a fresh IV each time: equal plaintexts give different ciphertexts', () => {
  assert.notDeepEqual(box.seal(plain, place), box.seal(plain, place));
});

test('another row, another column, an altered byte or another key do not open', () => {
  const sealed = box.seal(plain, place);
  assert.throws(() => box.open(sealed, 'verifications.outcome:other-row'), /cannot decrypt/);
  assert.throws(() => box.open(sealed, 'identity_records.record:0b6f4f0e'), /cannot decrypt/);
  for (const at of [1, 13, 29, sealed.length - 1]) {
    const altered = Buffer.from(sealed);
    altered[at] = altered[at]! ^ 0x01;
    assert.throws(() => box.open(altered, place), /cannot decrypt/, `byte ${at}`);
  }
  assert.throws(() => createCryptoBox(randomBytes(32)).open(sealed, place), /cannot decrypt/);
  const otherVersion = Buffer.from(sealed);
  otherVersion[0] = 2;
  assert.throws(() => box.open(otherVersion, place), /version 2/);
  assert.throws(() => box.open(sealed.subarray(0, 20), place), /too short/);
});

test('error messages name the place, never the content', () => {
  const sealed = box.seal(plain, place);
  assert.throws(
    () => box.open(sealed, 'x'),
    (err: Error) => !err.message.includes('CHAN') && err.message.includes('x'),
  );
});

test('parseEncryptionKey takes base64 of exactly 32 bytes', () => {
  assert.deepEqual(parseEncryptionKey(`${key.toString('base64')}\n`), key);
  assert.throws(() => parseEncryptionKey(randomBytes(16).toString('base64')), /32 bytes, got 16/);
  assert.throws(() => parseEncryptionKey('not base64!'), /base64/);
  assert.throws(() => parseEncryptionKey(''), /base64/);
  assert.throws(() => createCryptoBox(randomBytes(31)), /32-byte key/);
});

test('outcome codec keeps the portrait a Buffer and everything else equal', () => {
  const outcome: VerificationOutcome = {
    verdict: 'passed',
    warnings: [],
    nationality: 'MYS',
    cardType: 'ID_CARD',
    cardSubType: 'MYKAD',
    structure: 'MLIDCard',
    fields: { Name: 'AHMAD', ID: '900101-14-5678' },
    portrait: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]),
    checks: [{ id: 'x', status: 'pass', score: 0.9, threshold: 0.5, warn: null, evidence: { message: 'ok' } }],
    timings: [{ stage: 'decode', ms: 1 }],
    policyVersion: '1',
  };
  const decoded = outcomeCodec.decode(outcomeCodec.encode(outcome));
  assert.deepEqual(decoded, outcome);
  assert.ok(Buffer.isBuffer(decoded.portrait));
  assert.deepEqual(outcomeCodec.decode(outcomeCodec.encode({ ...outcome, portrait: null })).portrait, null);
});
