import { performance } from 'node:perf_hooks';
import type { Engines } from '../engines/engines.js';
import type { Check, StageTiming, VerificationOutcome } from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';
import { PipelineFault } from './pipeline-fault.js';
import type { DocumentReading, PipelineInput, Stage, StageContext, StageResult } from './stage.js';
import { decodeStage } from './stages/decode-stage.js';
import { unsupportedDocumentStage } from './stages/unsupported-document-stage.js';
import { decideVerdict } from './verdict.js';

export type { PipelineInput } from './stage.js';

/** Records what every stage of one run reported, in the order the stages ran. */
class RunRecord {
  readonly checks: Check[] = [];
  readonly timings: StageTiming[] = [];

  constructor(private readonly context: StageContext) {}

  async step<I, O>(stage: Stage<I, O>, input: I): Promise<StageResult<O>> {
    const started = performance.now();
    let result: StageResult<O>;
    try {
      result = await stage.run(input, this.context);
    } catch (error) {
      throw PipelineFault.from(error, `stage ${stage.name}`);
    }
    this.timings.push({ stage: stage.name, ms: Math.round((performance.now() - started) * 1000) / 1000 });
    this.checks.push(...result.checks);
    return result;
  }

  finish(reading: DocumentReading, policy: VerdictPolicy): VerificationOutcome {
    const { verdict, warnings } = decideVerdict(this.checks, reading.structure !== null, policy);
    return {
      verdict,
      warnings,
      nationality: reading.nationality,
      cardType: reading.cardType,
      cardSubType: reading.cardSubType,
      structure: reading.structure,
      fields: reading.fields,
      portrait: reading.portrait,
      checks: this.checks,
      timings: this.timings,
      policyVersion: policy.version,
    };
  }
}

/**
 * The path of one verification through the pipeline (architecture.md), every stage in order in this one place:
 * decode → (recognition, not installed yet: the document stage ends every run) → verdict (decisions.md D14).
 * Failed checks are data in the outcome; only faults are thrown, as `PipelineFault`.
 */
export async function runPipeline(
  input: PipelineInput,
  deps: { engines: Engines; policy: VerdictPolicy },
): Promise<VerificationOutcome> {
  if (input.images.length === 0) {
    throw new PipelineFault('a verification job without images', { retryable: false });
  }
  const context: StageContext = {
    engines: deps.engines,
    policy: deps.policy,
    request: { nationality: input.requestedNationality, cardType: input.requestedCardType },
  };
  const run = new RunRecord(context);

  const decoded = await run.step(decodeStage, input.images);
  if (decoded.kind === 'stop') return run.finish(decoded.reading, deps.policy);

  const document = await run.step(unsupportedDocumentStage, decoded.output);
  return run.finish(document.kind === 'stop' ? document.reading : document.output, deps.policy);
}
