import { performance } from 'node:perf_hooks';
import type { Engines } from '../engines/engines.js';
import type { Check, StageTiming, VerificationOutcome } from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';
import { PipelineFault } from './pipeline-fault.js';
import type { DocumentReading, PipelineInput, Stage, StageContext, StageResult } from './stage.js';
import { decodeStage } from './stages/decode-stage.js';
import { classifyStage } from './stages/classify-stage.js';
import { locateStage } from './stages/locate-stage.js';
import { mrzStage } from './stages/mrz-stage.js';
import { portraitStage } from './stages/portrait-stage.js';
import { qualityStage } from './stages/quality-stage.js';
import { validateStage } from './stages/validate-stage.js';
import { vizStage } from './stages/viz-stage.js';
import { documentReading } from './document-reading.js';
import type { CardState, DocumentState, ReadPage } from './read-document.js';
import { cardReading } from './card-reading.js';
import { cardBarcodeStage } from './stages/card-barcode-stage.js';
import { cardClassifyStage } from './stages/card-classify-stage.js';
import { cardPortraitStage } from './stages/card-portrait-stage.js';
import { cardQualityStage } from './stages/card-quality-stage.js';
import { cardValidateStage } from './stages/card-validate-stage.js';
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
 * decode → locate (finder) → mrz (read, orient) → classify (D11) → validate (check digits, expiry) → portrait →
 * viz (cross-check) → quality → verdict (decisions.md D14). A national card without MRZ (issue 5) leaves after
 * mrz, where its text was read: card classify (template) → card validate → barcode → portrait → quality → verdict.
 * Failed checks are data in the outcome; only faults are thrown, as `PipelineFault`.
 */
export async function runPipeline(
  input: PipelineInput,
  deps: { engines: Engines; policy: VerdictPolicy; today?: string },
): Promise<VerificationOutcome> {
  if (input.images.length === 0) {
    throw new PipelineFault('a verification job without images', { retryable: false });
  }
  const context: StageContext = {
    engines: deps.engines,
    policy: deps.policy,
    request: { nationality: input.requestedNationality, cardType: input.requestedCardType },
    ...(deps.today === undefined ? {} : { today: deps.today }),
  };
  const run = new RunRecord(context);

  const decoded = await run.step(decodeStage, input.images);
  if (decoded.kind === 'stop') return run.finish(decoded.reading, deps.policy);

  const located = await run.step(locateStage, decoded.output);
  if (located.kind === 'stop') return run.finish(located.reading, deps.policy);
  const pages = await run.step(mrzStage, located.output);
  if (pages.kind === 'stop') return run.finish(pages.reading, deps.policy);
  if (pages.output.every((page) => page.mrz === null) && pages.output.some((page) => page.cardText !== undefined)) {
    return runCardStages(run, pages.output, deps.policy);
  }
  const classified = await run.step(classifyStage, pages.output);
  if (classified.kind === 'stop') return run.finish(classified.reading, deps.policy);
  let state: DocumentState = classified.output;
  for (const stage of [validateStage, portraitStage, vizStage, qualityStage]) {
    const result = await run.step(stage, state);
    if (result.kind === 'stop') return run.finish(result.reading, deps.policy);
    state = result.output;
  }
  return run.finish(documentReading(state), deps.policy);
}

/** A national card without MRZ (issue 5): classify and read by template → its rules → portrait → quality. */
async function runCardStages(run: RunRecord, pages: ReadPage[], policy: VerdictPolicy): Promise<VerificationOutcome> {
  const classified = await run.step(cardClassifyStage, pages);
  if (classified.kind === 'stop') return run.finish(classified.reading, policy);
  let state: CardState = classified.output;
  for (const stage of [cardValidateStage, cardBarcodeStage, cardPortraitStage, cardQualityStage]) {
    const result = await run.step(stage, state);
    if (result.kind === 'stop') return run.finish(result.reading, policy);
    state = result.output;
  }
  return run.finish(cardReading(state), policy);
}
