import { createEngines } from '../engines/engines.js';
import { resolvePipelineOptions, type PipelineOptions } from './pipeline-options.js';
import { runPipeline } from './run-pipeline.js';
import type { PipelineRunner } from './stage.js';

/**
 * The pipeline in the calling thread, for the CLI `verify` command, where no event loop serves HTTP. Engines are
 * built once, when the runner is created, and reused for every run (architecture.md "Models load once").
 */
export function createInlinePipeline(options: PipelineOptions = {}): PipelineRunner {
  const { maxInputPixels, policy } = resolvePipelineOptions(options);
  const engines = createEngines({ maxInputPixels });
  // A failed load surfaces from `run`; this only keeps it from being an unhandled rejection meanwhile.
  engines.catch(() => undefined);
  return {
    async run(input) {
      return runPipeline(input, { engines: await engines, policy });
    },
    async close() {},
  };
}
