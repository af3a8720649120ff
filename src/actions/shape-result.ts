import { emptyStructure } from '../documents/seed-shapes.js';
import type { StoredVerification } from '../store/stores.js';
import { SEED_STRUCTURES, type VerificationOutcome, type VerificationState } from '../verification/types.js';

/** D9: the seed's mixed-case status words, or upper case under `compat.statusCase = "upper"`. */
const STATUS_WORDS: Record<VerificationState, { seed: string; upper: string }> = {
  processing: { seed: 'Processing', upper: 'PROCESSING' },
  passed: { seed: 'Passed', upper: 'PASSED' },
  warning: { seed: 'Warning', upper: 'WARNING' },
  rejected: { seed: 'Rejected', upper: 'REJECTED' },
};

/**
 * Fits extracted fields into the seed member's exact key set (D10): every key present in seed order, every leaf
 * a string, unreadable values `""`. Keys the structure does not have are dropped.
 */
function fitToSeed(template: Record<string, unknown>, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, empty] of Object.entries(template)) {
    const value = fields[key];
    if (typeof empty === 'object' && empty !== null) {
      out[key] = fitToSeed(empty as Record<string, unknown>, typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
    } else {
      out[key] = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    }
  }
  return out;
}

/**
 * The `GetCardVerificationResult` output fields in exactly the seed's shape (spec §E.2, decisions.md D9–D11, D16):
 * every field always present, `CardInfo` with all 13 seed members, the matching one filled, the others null.
 */
export function shapeResult(v: StoredVerification, statusCase: 'seed' | 'upper'): Record<string, unknown> {
  return shapeOutcome(v, statusCase);
}

/**
 * The same shape from the parts of a verification it needs, for callers without a stored record (the CLI's
 * `verify`, which runs the pipeline inline and answers exactly as the service would).
 */
export function shapeOutcome(
  v: { state: VerificationState; outcome: VerificationOutcome | null; identityToken: string | null },
  statusCase: 'seed' | 'upper',
): Record<string, unknown> {
  const cardInfo: Record<string, unknown> = {};
  for (const name of SEED_STRUCTURES) cardInfo[name] = null;
  const o = v.state === 'processing' ? null : v.outcome;
  if (o !== null && o.structure !== null && o.fields !== null) {
    cardInfo[o.structure] = fitToSeed(emptyStructure(o.structure), o.fields);
  }
  return {
    Status: STATUS_WORDS[v.state][statusCase],
    WarnInfo: o === null ? [] : [...o.warnings],
    Nationality: o?.nationality ?? '',
    CardType: o?.cardType ?? '',
    CardSubType: o?.cardSubType ?? '',
    CardInfo: cardInfo,
    IDVerificationToken: v.identityToken ?? '',
  };
}
