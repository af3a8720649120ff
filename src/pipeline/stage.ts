import type { Engines } from '../engines/engines.js';
import type {
  CardType,
  Check,
  SubmittedImage,
  VerificationOutcome,
} from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';

/** What a worker hands the pipeline for one verification. */
export interface PipelineInput {
  images: SubmittedImage[];
  requestedNationality: string;
  requestedCardType: CardType;
}

/** Anything that runs the pipeline: in worker threads (the pool) or in the calling thread (the CLI). */
export interface PipelineRunner {
  run(input: PipelineInput): Promise<VerificationOutcome>;
  close(): Promise<void>;
}

/**
 * What was read from the document: the part of the outcome that is not checks, timings or the verdict. Every
 * pipeline run ends with one, either from its last stage or from a stage that stopped early.
 */
export type DocumentReading = Pick<
  VerificationOutcome,
  'nationality' | 'cardType' | 'cardSubType' | 'structure' | 'fields' | 'portrait'
>;

/** Nothing read: no structure, no fields, no invented values (decisions.md D10 fills the wire shape later). */
export const NOTHING_READ: Readonly<DocumentReading> = Object.freeze({
  nationality: '',
  cardType: '',
  cardSubType: '',
  structure: null,
  fields: null,
  portrait: null,
});

/** Shared by every stage of one run: engines built once per worker, the policy, the client's request. */
export interface StageContext {
  engines: Engines;
  policy: VerdictPolicy;
  request: { nationality: string; cardType: CardType };
  /** Reference date (`YYYY-MM-DD`) for expiry; today (UTC) when absent. Tests and replays pin it. */
  today?: string;
}

/**
 * A stage either hands its output to the next one or stops the run with what has been read so far. Either way
 * it reports its checks as data; failing a check is not an exception (architecture.md "Errors").
 */
export type StageResult<O> =
  | { kind: 'continue'; output: O; checks: Check[] }
  | { kind: 'stop'; reading: DocumentReading; checks: Check[] };

/** One step of the pipeline: small, typed in and out, engines injected (architecture.md "pipeline/"). */
export interface Stage<I, O> {
  /** Stable name: used in `StageTiming.stage` and in the stage-duration metric. */
  readonly name: string;
  run(input: I, context: StageContext): Promise<StageResult<O>>;
}

export function proceed<O>(output: O, checks: Check[]): StageResult<O> {
  return { kind: 'continue', output, checks };
}

export function stop<O>(reading: DocumentReading, checks: Check[]): StageResult<O> {
  return { kind: 'stop', reading, checks };
}
