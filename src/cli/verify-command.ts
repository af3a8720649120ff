import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { shapeOutcome } from '../actions/shape-result.js';
import { sniffFormat } from '../images/sniff-format.js';
import { createInlinePipeline } from '../pipeline/inline-pipeline.js';
import type { CardType, Check, Side, SubmittedImage, VerificationOutcome } from '../verification/types.js';
import { UsageError } from './usage-error.js';

export interface VerifyOptions {
  front: string;
  back?: string;
  /** `ID_CARD`, `PASSPORT`, `DRIVING_LICENSE` or `AUTO` (default), as Apply accepts (decisions.md D8). */
  cardType?: string;
  /** Requested issuing country (alpha-3) or `AUTO` (default). */
  nationality?: string;
  json?: boolean;
  /** Where the answer goes; stdout by default (tests capture it). */
  write?: (text: string) => void;
  /** Reference date for expiry (`YYYY-MM-DD`); today when absent. */
  today?: string;
}

const CARD_TYPES: readonly CardType[] = ['ID_CARD', 'PASSPORT', 'DRIVING_LICENSE', 'AUTO'];

async function load(path: string, side: Side): Promise<SubmittedImage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let format: 'jpeg' | 'png';
  try {
    format = sniffFormat(bytes);
  } catch {
    throw new UsageError(`${path} is neither JPEG nor PNG (decisions.md D6)`);
  }
  return { side, format, width: 0, height: 0, bytes };
}

/** `Detail.Mrz` from the `mrz.read` check (decisions.md D18): lines after correction, corrections, readers, fields. */
function mrzDetail(checks: Check[], outcome: VerificationOutcome): Record<string, unknown> | null {
  const read = checks.find((check) => check.id === 'mrz.read');
  const values = read?.evidence.values;
  if (values === undefined) return null;
  return {
    Format: values.format ?? '',
    Lines: JSON.parse(values.lines ?? '[]') as unknown,
    Corrections: JSON.parse(values.corrections ?? '[]') as unknown,
    Readers: JSON.parse(values.readers ?? '[]') as unknown,
    ReaderChoices: JSON.parse(values.choices ?? '[]') as unknown,
    Fields: outcome.fields,
    Zone: read?.evidence.regions?.[0] ?? null,
  };
}

/**
 * `Detail.Card` for a national card without MRZ (issue 5), from its `card.read` and `document.supported` checks:
 * what the card prints beyond its seed member (`Extra`, e.g. a middle name the seed has no key for), where each
 * field was read in the submitted image, and how the template was recognised.
 */
function cardDetail(checks: Check[]): Record<string, unknown> | null {
  const read = checks.find((check) => check.id === 'card.read')?.evidence.values;
  if (read === undefined) return null;
  const supported = checks.find((check) => check.id === 'document.supported' && check.status === 'pass')?.evidence.values ?? {};
  return {
    Template: supported.cardSubType ?? '',
    RecognisedBy: supported.recognisedBy ?? '',
    FrontSide: supported.frontSide ?? '',
    Extra: JSON.parse(read.extra ?? '{}') as unknown,
    FieldRegions: JSON.parse(read.fieldRegions ?? '{}') as unknown,
  };
}

/** The native detail of decisions.md D18, derived from the outcome's checks (every check is data). */
export function verifyDetail(outcome: VerificationOutcome): Record<string, unknown> {
  const first = (id: string, status?: string): Check | undefined =>
    outcome.checks.find((check) => check.id === id && (status === undefined || check.status === status));
  return {
    Checks: outcome.checks,
    Mrz: mrzDetail(outcome.checks, outcome),
    Card: cardDetail(outcome.checks),
    Portrait: first('portrait.found', 'pass')?.evidence.regions?.[0] ?? null,
    Document: first('document.found', 'pass')?.evidence.regions?.[0] ?? null,
    Timings: outcome.timings,
    PolicyVersion: outcome.policyVersion,
  };
}

function summary(outcome: VerificationOutcome, front: string): string {
  const lines = [`${front}: ${outcome.verdict.toUpperCase()}${outcome.warnings.length > 0 ? ` (${outcome.warnings.join(', ')})` : ''}`];
  if (outcome.structure !== null) {
    lines.push(`  ${outcome.structure} · ${outcome.cardSubType} · ${outcome.cardType} · ${outcome.nationality}`);
    for (const [key, value] of Object.entries(outcome.fields ?? {})) {
      if (typeof value === 'string' && value !== '') lines.push(`  ${key}: ${value}`);
    }
  }
  for (const check of outcome.checks) {
    if (check.status === 'warn' || check.status === 'fail') lines.push(`  ! ${check.id} (${check.warn ?? '-'}): ${check.evidence.message}`);
  }
  const total = outcome.timings.reduce((sum, timing) => sum + timing.ms, 0);
  lines.push(`  ${Math.round(total)} ms: ${outcome.timings.map((t) => `${t.stage} ${Math.round(t.ms)}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `cardverify verify FRONT [--back BACK] [--card-type T] [--nationality N] [--json]`: the whole pipeline on local
 * files in this process, no server, no database. `--json` prints the `GetCardVerificationResult` `Response` the
 * service would answer (same shaping) plus `Detail` (D18). No identity record is stored here, so
 * `IDVerificationToken` is `""` (D16 issues it with the stored record). Exit code 0 once a result is printed.
 */
export async function runVerify(options: VerifyOptions): Promise<number> {
  const cardType = (options.cardType ?? 'AUTO').toUpperCase() as CardType;
  if (!CARD_TYPES.includes(cardType)) throw new UsageError(`--card-type must be one of ${CARD_TYPES.join(', ')}`);
  const nationality = (options.nationality ?? 'AUTO').toUpperCase();
  if (nationality !== 'AUTO' && !/^[A-Z]{3}$/.test(nationality)) throw new UsageError('--nationality must be an alpha-3 code or AUTO');
  const images = [await load(options.front, 'front')];
  if (options.back !== undefined) images.push(await load(options.back, 'back'));
  const pipeline = createInlinePipeline(options.today === undefined ? {} : { today: options.today });
  let outcome: VerificationOutcome;
  try {
    outcome = await pipeline.run({ images, requestedNationality: nationality, requestedCardType: cardType });
  } finally {
    await pipeline.close();
  }
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (options.json) {
    const shaped = shapeOutcome({ state: outcome.verdict, outcome, identityToken: null }, 'seed');
    const response = { ...shaped, Detail: verifyDetail(outcome), RequestId: randomUUID() };
    write(`${JSON.stringify({ Response: response }, null, 2)}\n`);
  } else {
    write(summary(outcome, options.front));
  }
  return 0;
}
