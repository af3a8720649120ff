/**
 * Domain types of a verification. No wire names here except where the seed's own vocabulary is the domain
 * vocabulary (structure names and WarnInfo codes, decisions.md D11/D13).
 */

/** Sides of a document as submitted. */
export type Side = 'front' | 'back';

/** Requested and detected document kinds (decisions.md D8, D11). */
export type CardType = 'ID_CARD' | 'PASSPORT' | 'DRIVING_LICENSE' | 'AUTO';

/** Final verdicts (decisions.md D9, D14); `processing` is the state before one exists. */
export type Verdict = 'passed' | 'warning' | 'rejected';
export type VerificationState = 'processing' | Verdict;

/** WarnInfo vocabulary, decisions.md D13: the successor API's codes plus our own documented additions. */
export const WARN_CODES = [
  'PoorImageQuality',
  'IncompleteCard',
  'TooManyCards',
  'PaperCopy',
  'RetakeSuspected',
  'ScreenshotSuspected',
  'FakeSuspected',
  'InformationVerificationFailed',
  'OtherWarning',
  'DocumentExpired',
  'UnsupportedDocument',
  'DocumentNotFound',
  'BackSideMissing',
  'FrontBackMismatch',
] as const;
export type WarnCode = (typeof WARN_CODES)[number];

/** The 13 `CardInfo` members of the seed shape (spec §F.0, first release), in seed order. */
export const SEED_STRUCTURES = [
  'HKIDCard',
  'MLIDCard',
  'PhilippinesVoteID',
  'IndonesiaIDCard',
  'PhilippinesDrivingLicense',
  'PhilippinesTinID',
  'PhilippinesSSSID',
  'PhilippinesUMID',
  'InternationalIDPassport',
  'GeneralCard',
  'IndonesiaDrivingLicense',
  'ThailandIDCard',
  'SingaporeIDCard',
] as const;
export type StructureName = (typeof SEED_STRUCTURES)[number];

/** An image accepted by Apply: bytes already sniffed and header-checked (decisions.md D6). */
export interface SubmittedImage {
  side: Side;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  bytes: Buffer;
}

/** Status of one check, recorded as data (architecture.md "Errors"). */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/** A region of an image that a check points at: side plus pixel box or polygon in that image. */
export interface EvidenceRegion {
  side: Side;
  box?: { x: number; y: number; width: number; height: number };
  quad?: [number, number][];
}

export interface Check {
  /** Stable identifier, e.g. `image.decode`, `mrz.line2.checkDigit`. */
  id: string;
  status: CheckStatus;
  /** Measured value where the check is a score; null where it is a yes/no rule. */
  score: number | null;
  /** Threshold the score was compared against, from the policy file (D14). */
  threshold: number | null;
  /** The warning this check raises when it does not pass, if any. */
  warn: WarnCode | null;
  /** What the check saw: a message, values compared, regions. Personal values stay inside the encrypted result. */
  evidence: { message: string; regions?: EvidenceRegion[]; values?: Record<string, string> };
}

export interface StageTiming {
  stage: string;
  ms: number;
}

/** What the pipeline produces for one verification; stored encrypted, shaped to the wire by the actions. */
export interface VerificationOutcome {
  verdict: Verdict;
  warnings: WarnCode[];
  /** ISO 3166-1 alpha-3 of the issuing state, '' when unknown. */
  nationality: string;
  /** Detected kind, '' when unknown. */
  cardType: '' | Exclude<CardType, 'AUTO'>;
  /** Detected template name (D11), '' when none. */
  cardSubType: string;
  /** The filled seed member, or null when nothing was read. Every leaf a string (D10). */
  structure: StructureName | null;
  fields: Record<string, unknown> | null;
  /** Portrait crop (JPEG) when one was found; kept with the identity record (D16). */
  portrait: Buffer | null;
  checks: Check[];
  timings: StageTiming[];
  /** Version of the policy file that decided the verdict (D14). */
  policyVersion: string;
}
