import assert from 'node:assert/strict';
import test from 'node:test';
import { containment, editDistance, similarity, squash } from '../../../src/documents/cards/text-match.js';

test('squash keeps letters and digits of every script, upper-cased', () => {
  assert.equal(squash('Tempat/Tgl Lahir :'), 'TEMPATTGLLAHIR');
  assert.equal(squash('出生日期 Date of Birth'), '出生日期DATEOFBIRTH');
});

test('edit distance and similarity', () => {
  assert.equal(editDistance('KITTEN', 'SITTING'), 3);
  assert.equal(editDistance('', 'ABC'), 3);
  assert.equal(similarity('Date of Birth', 'DATEOFBIRTH'), 1);
  assert.ok(similarity('Date of Blrth', 'Date of Birth') > 0.9);
  assert.equal(similarity('', ''), 0);
});

test('containment finds a caption inside a longer line, one misread glyph allowed', () => {
  assert.equal(containment('NIK : 3404264302614648', 'NIK'), 1);
  assert.ok(containment('簽發日期 Date of lssue', 'Date of Issue') >= 0.9);
  assert.ok(containment('HONG KONG IDENTITY CARD', 'HONG KONG PERMANENT IDENTITY CARD') < 0.8);
  assert.ok(containment('REPUBLIC OF SINGAPORE', 'SOCIAL SECURITY SYSTEM') < 0.5);
});

test('captions misread with look-alike glyphs or lost letters still match; unrelated words do not', () => {
  assert.ok(containment('AOORESS', 'ADDRESS') >= 0.8);
  assert.ok(containment('CITIZENSHOP', 'CITIZENSHIP') >= 0.9);
  assert.ok(containment('CV L STATUS', 'CIVIL STATUS') >= 0.8);
  assert.equal(editDistance('O', 'D'), 0.4);
  assert.ok(containment('SINGLE', 'ADDRESS') < 0.5);
  assert.ok(containment('RACE', 'PLACE OF BIRTH') < 0.5);
});
