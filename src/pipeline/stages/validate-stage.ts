import { isExpired, isoToday } from '../../documents/checks/dates.js';
import type { MrzCheck } from '../../documents/mrz/index.js';
import type { Check, EvidenceRegion } from '../../verification/types.js';
import { roundQuad } from '../page-geometry.js';
import type { DocumentState } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/**
 * Stage 5: the MRZ's own rules (ICAO 9303-3 §4.9). Every check digit, the composite included, is a check: a
 * digit that fails after every proven correction raises `InformationVerificationFailed` (soft: OCR cannot be
 * told from forgery here), and unreadable key fields (no number, no valid birth or expiry date) fail hard, which
 * rejects (D14). A correction proven by a check digit is a soft warning (D14 "corrected check digit") with every
 * correction as evidence. An expired document raises `DocumentExpired`. The reading (lines, corrections, which
 * reader read each line) is recorded as the `mrz.read` check, the source of the CLI's `Detail.Mrz` (D18).
 */
export const validateStage: Stage<DocumentState, DocumentState> = {
  name: 'validate',
  async run(state, context) {
    const { mrz, mrzZone, side } = state.mrzPage;
    const region: EvidenceRegion = { side, quad: roundQuad(mrzZone) };
    const f = state.mrzFields;
    const proven = mrz.corrections.filter((c) => c.reason.startsWith('check-digit:'));
    const missing = [
      f.documentNumber === '' ? 'documentNumber' : null,
      f.birthDate === null ? 'birthDate' : null,
      f.expiryDate === null ? 'expiryDate' : null,
    ].filter((name): name is string => name !== null);
    const checks: Check[] = [
      {
        id: 'mrz.read',
        status: 'pass',
        score: null,
        threshold: null,
        warn: null,
        evidence: {
          message: `${state.format} MRZ read`,
          regions: [region],
          values: {
            format: state.format,
            lines: JSON.stringify(mrz.lines),
            readers: JSON.stringify(mrz.readers.map((r) => ({ line: r.line, reader: r.reader, templateScore: r.templateScore }))),
            choices: JSON.stringify(mrz.choices),
            corrections: JSON.stringify(mrz.corrections),
            characterHeightPx: String(Math.round(mrz.characterHeightPx * 10) / 10),
          },
        },
      },
      ...mrz.parse.checks.map((check) => checkDigit(check, region)),
      {
        id: 'mrz.keyFields',
        status: missing.length > 0 ? 'fail' : 'pass',
        score: null,
        threshold: null,
        warn: 'InformationVerificationFailed',
        evidence: {
          message: missing.length > 0 ? `key fields unreadable: ${missing.join(', ')}` : 'number, birth and expiry dates read',
          regions: [region],
          values: { errors: mrz.parse.errors.join('; ') },
        },
      },
      {
        id: 'mrz.corrections',
        status: proven.length > 0 ? 'warn' : 'pass',
        score: proven.length,
        threshold: 0,
        warn: 'OtherWarning',
        evidence: {
          message: proven.length > 0 ? `${proven.length} character(s) corrected as check digits prove` : 'no character needed a check-digit correction',
          regions: [region],
          values: { corrections: JSON.stringify(mrz.corrections) },
        },
      },
      expiryCheck(f.expiryDate, context.today ?? isoToday(), region),
    ];
    return proceed(state, checks);
  },
};

function checkDigit(check: MrzCheck, region: EvidenceRegion): Check {
  return {
    id: `mrz.checkDigit.${check.field}`,
    status: check.valid ? 'pass' : 'warn',
    score: null,
    threshold: null,
    warn: 'InformationVerificationFailed',
    evidence: {
      message: check.valid ? `${check.field} check digit valid` : `${check.field} check digit ${check.actual} does not match the computed ${check.expected}`,
      regions: [region],
      values: { expected: check.expected, actual: check.actual },
    },
  };
}

function expiryCheck(expiry: string | null, today: string, region: EvidenceRegion): Check {
  const expired = expiry === null ? null : isExpired(expiry, today);
  return {
    id: 'document.expiry',
    status: expired === null ? 'skipped' : expired ? 'warn' : 'pass',
    score: null,
    threshold: null,
    warn: 'DocumentExpired',
    evidence: {
      message: expired === null ? 'no valid expiry date to judge' : expired ? 'the document has expired' : 'the document is within its validity',
      regions: [region],
      values: { expiryDate: expiry ?? '', today },
    },
  };
}
