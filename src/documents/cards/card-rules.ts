import { isExpired } from '../checks/dates.js';
import type { IdValidation } from '../checks/id-validation.js';
import type { CardRule } from './card-template.js';

/**
 * Builders for the rules templates report (issue 5 "validation as checks with evidence"). A rule about data that
 * could not be read is `skipped`: it says nothing, and the key-field rule is what rejects an unreadable card.
 */

/** A national number against its own rule (check digit, checksum, format). Failing is soft (D14): OCR or forgery. */
export function idNumberRule(id: string, field: string, value: string, validation: IdValidation<unknown>, what: string): CardRule {
  if (value === '') return { id, status: 'skipped', warn: 'InformationVerificationFailed', message: `no ${what} read`, fields: [field], values: {} };
  return {
    id,
    status: validation.valid ? 'pass' : 'warn',
    warn: 'InformationVerificationFailed',
    message: validation.valid ? `${what} valid` : `${what} invalid: ${validation.reason ?? 'rule not met'}`,
    fields: [field],
    values: { [field]: value },
  };
}

/** Two things the card states that must agree (the number's encoded birth date and the printed one, …). */
export function agreementRule(id: string, fields: string[], encoded: string | null, printed: string | null, what: string): CardRule {
  if (encoded === null || printed === null || encoded === '' || printed === '') {
    return { id, status: 'skipped', warn: 'InformationVerificationFailed', message: `${what}: a value is missing`, fields, values: {} };
  }
  const agree = encoded === printed;
  return {
    id,
    status: agree ? 'pass' : 'warn',
    warn: 'InformationVerificationFailed',
    message: agree ? `${what} agree` : `${what} disagree`,
    fields,
    values: { encoded, printed },
  };
}

/** `DocumentExpired` (D13) from the expiry date as ISO `YYYY-MM-DD`; skipped when the card has none or it was unreadable. */
export function expiryRule(field: string, isoExpiry: string | null, today: string, note = ''): CardRule {
  const expired = isoExpiry === null ? null : isExpired(isoExpiry, today);
  return {
    id: 'document.expiry',
    status: expired === null ? 'skipped' : expired ? 'warn' : 'pass',
    warn: 'DocumentExpired',
    message: expired === null ? note || 'no expiry date to judge' : expired ? 'the document has expired' : 'the document is within its validity',
    fields: [field],
    values: { expiryDate: isoExpiry ?? '', today },
  };
}

/**
 * Two dates the card prints in an order they must keep (born before issued, issued before expiry), as ISO dates;
 * skipped when either was not read.
 */
export function dateOrderRule(id: string, fields: [string, string], earlier: string | null, later: string | null, what: [string, string]): CardRule {
  if (earlier === null || later === null) {
    return { id, status: 'skipped', warn: 'InformationVerificationFailed', message: `${what[0]} or ${what[1]} not read`, fields, values: {} };
  }
  const ordered = later > earlier;
  return {
    id,
    status: ordered ? 'pass' : 'warn',
    warn: 'InformationVerificationFailed',
    message: ordered ? `${what[1]} after ${what[0]}` : `${what[1]} on or before ${what[0]}`,
    fields,
    values: { [fields[0]]: earlier, [fields[1]]: later },
  };
}
