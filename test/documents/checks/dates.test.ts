import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ageOn,
  birthDateFromYymmdd,
  isExpired,
  isValidCalendarDate,
  parseIsoDate,
  pastYearFromTwoDigits,
  windowYearFromTwoDigits,
} from '../../../src/documents/checks/dates.js';

test('calendar validity includes the Gregorian leap-year rule', () => {
  assert.equal(isValidCalendarDate(2024, 2, 29), true);
  assert.equal(isValidCalendarDate(2023, 2, 29), false);
  assert.equal(isValidCalendarDate(1900, 2, 29), false);
  assert.equal(isValidCalendarDate(2000, 2, 29), true);
  assert.equal(isValidCalendarDate(2025, 4, 31), false);
  assert.equal(isValidCalendarDate(2025, 13, 1), false);
  assert.equal(isValidCalendarDate(2025, 0, 10), false);
  assert.deepEqual(parseIsoDate('2025-06-01'), { year: 2025, month: 6, day: 1 });
  assert.equal(parseIsoDate('2025-02-30'), null);
  assert.equal(parseIsoDate('01-06-2025'), null);
});

test('age counts completed years, birthday included', () => {
  assert.equal(ageOn('1974-08-12', '2025-08-11'), 50);
  assert.equal(ageOn('1974-08-12', '2025-08-12'), 51);
  assert.equal(ageOn('2000-02-29', '2025-02-28'), 24);
  assert.equal(ageOn('2000-02-29', '2025-03-01'), 25);
  assert.equal(ageOn('2030-01-01', '2025-01-01'), null);
  assert.equal(ageOn('not a date', '2025-01-01'), null);
});

test('a document is valid on its expiry day and expired the day after', () => {
  assert.equal(isExpired('2025-06-01', '2025-06-01'), false);
  assert.equal(isExpired('2025-06-01', '2025-06-02'), true);
  assert.equal(isExpired('2031-01-01', new Date(Date.UTC(2025, 5, 1))), false);
  assert.equal(isExpired('2025-13-01', '2025-06-02'), null);
});

test('two-digit years: birth dates never lie after today; expiry within a window', () => {
  assert.equal(pastYearFromTwoDigits(25, 6, 1, '2025-06-01'), 2025);
  assert.equal(pastYearFromTwoDigits(25, 6, 2, '2025-06-01'), 1925);
  assert.equal(pastYearFromTwoDigits(74, 8, 12, '2025-06-01'), 1974);
  assert.equal(birthDateFromYymmdd('000229', '2025-06-01'), '2000-02-29');
  assert.equal(birthDateFromYymmdd('010229', '2025-06-01'), null);
  assert.equal(birthDateFromYymmdd('741312', '2025-06-01'), null);
  assert.equal(birthDateFromYymmdd('74O812', '2025-06-01'), null);
  assert.equal(windowYearFromTwoDigits(35, '2025-06-01', 50), 2035);
  assert.equal(windowYearFromTwoDigits(75, '2025-06-01', 50), 2075);
  assert.equal(windowYearFromTwoDigits(76, '2025-06-01', 50), 1976);
});
