import { createEngines } from '../engines/engines.js';
import { resolvePipelineOptions, type PipelineOptions } from './pipeline-options.js';
import { runPipeline } from './run-pipeline.js';
import type { PipelineRunner } from './stage.js';

/**
 * The pipeline in the calling thread, for the CLI `verify` command, where no event loop serves HTTP. Engines are
 * built once, when the runner is created, and reused for every run (architecture.md "Models load once").
 */
export function createInlinePipeline(options: PipelineOptions = {}): PipelineRunner {
  const { maxInputPixels, policy, ocrThreads } = resolvePipelineOptions(options);
  const engines = createEngines({ maxInputPixels, ocrThreads });
  // A failed load surfaces from `run`; this only keeps it from being an unhandled rejection meanwhile.
  engines.catch(() => undefined);
  return {
    async run(input) {
      return runPipeline(input, { engines: await engines, policy, ...(options.today === undefined ? {} : { today: options.today }) });
    },
    async close() {
      // The OCR sessions hold native memory; a CLI run ends with the process anyway, a test may build several.
      await engines.then((built) => built.ocr.release(), () => undefined);
    },
  };
}
