// Philippine ID-number formats. None of these numbers has a publicly documented check-digit rule (BIR, SSS,
// GSIS/SSS for the UMID CRN, LTO and COMELEC publish none), so every rule here validates the printed format only
// and says so in its reason; no checksum is invented. Formats as printed on the cards and as accepted by public
// validators (e.g. jannomeister/ph-id-validator: TIN 9–12 digits, SSS 10, UMID 12, driver's licence 11
// alphanumerics, voter's ID 22 alphanumerics).

import { invalid, valid, type IdValidation } from './id-validation.js';

export interface PhNumberParts {
  /** The number without separators. */
  compact: string;
  /** The number in its printed grouping. */
  formatted: string;
  /** Always false: the format has no public check digit, so only its shape was checked. */
  checksumVerified: false;
}

function accept(compact: string, formatted: string): IdValidation<PhNumberParts> {
  return valid({ compact, formatted, checksumVerified: false });
}

/** Accepts the number either ungrouped or grouped exactly as printed (separator `-` or a space). */
function matchGrouped(text: string, groups: RegExp[]): string | null {
  const value = text.trim().toUpperCase();
  const plain = new RegExp(`^${groups.map((g) => g.source).join('')}$`);
  const printed = new RegExp(`^${groups.map((g) => g.source).join('[-\\s]')}$`);
  if (!plain.test(value) && !printed.test(value)) return null;
  return value.replace(/[-\s]/g, '');
}

function group(compact: string, sizes: number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(compact.slice(at, at + size));
    at += size;
  }
  return out.join('-');
}

/** BIR Taxpayer Identification Number: `123-456-789` or with a 3-digit branch code `123-456-789-000`. */
export function validatePhTin(tin: string): IdValidation<PhNumberParts> {
  const compact = matchGrouped(tin, [/\d{3}/, /\d{3}/, /\d{3}/, /\d{3}/]) ?? matchGrouped(tin, [/\d{3}/, /\d{3}/, /\d{3}/]);
  if (!compact) return invalid('format: expected 123-456-789 or 123-456-789-000 (format only; no public check digit)');
  return accept(compact, group(compact, compact.length === 12 ? [3, 3, 3, 3] : [3, 3, 3]));
}

/** Social Security System number: `12-3456789-0` (10 digits). */
export function validatePhSss(sss: string): IdValidation<PhNumberParts> {
  const compact = matchGrouped(sss, [/\d{2}/, /\d{7}/, /\d/]);
  if (!compact) return invalid('format: expected 12-3456789-0 (format only; no public check digit)');
  return accept(compact, group(compact, [2, 7, 1]));
}

/** Unified Multi-Purpose ID Common Reference Number: `0111-2345678-9` (12 digits). */
export function validatePhUmidCrn(crn: string): IdValidation<PhNumberParts> {
  const compact = matchGrouped(crn, [/\d{4}/, /\d{7}/, /\d/]);
  if (!compact) return invalid('format: expected 0111-2345678-9 (format only; no public check digit)');
  return accept(compact, group(compact, [4, 7, 1]));
}

/** LTO driver's licence number: `A01-23-456789` (office letter and digits, 11 characters). */
export function validatePhDriverLicence(licence: string): IdValidation<PhNumberParts> {
  const compact = matchGrouped(licence, [/[A-Z]\d{2}/, /\d{2}/, /\d{6}/]);
  if (!compact) return invalid('format: expected A01-23-456789 (format only; no public check digit)');
  return accept(compact, group(compact, [3, 2, 6]));
}

/**
 * COMELEC Voter's Identification Number. COMELEC publishes no field layout or check digit for the VIN; the one
 * reliable public fact is its length as printed: 22 letters and digits, grouped by dashes on the card. We accept
 * exactly that and nothing more.
 */
export function validatePhVoterVin(vin: string): IdValidation<PhNumberParts> {
  const value = vin.trim().toUpperCase();
  if (!/^[A-Z0-9]+(?:[-\s][A-Z0-9]+)*$/.test(value)) return invalid('format: expected letters and digits grouped by dashes');
  const compact = value.replace(/[-\s]/g, '');
  if (compact.length !== 22) return invalid('format: expected 22 letters and digits (format only; no public layout or check digit)');
  return accept(compact, value.replace(/\s/g, '-'));
}
