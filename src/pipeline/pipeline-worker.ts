import { threadId, workerData } from 'node:worker_threads';
import { createEngines, type Engines } from '../engines/engines.js';
import { PipelineFault } from './pipeline-fault.js';
import { runPipeline } from './run-pipeline.js';
import {
  faultReply,
  inputFromCaller,
  outcomeReply,
  type WorkerIdentity,
  type WorkerOptions,
  type WorkerTask,
} from './worker-protocol.js';

/**
 * Entry of every pipeline worker thread (piscina). The engines are built when the thread starts, once, and
 * serve every job the thread runs (architecture.md "Models load once per worker"; decisions.md D20: recognition
 * never runs on the HTTP event loop).
 */
const options = workerData as WorkerOptions;

let engineLoads = 0;
function loadEngines(): Promise<Engines> {
  engineLoads += 1;
  return createEngines({ maxInputPixels: options.maxInputPixels, ocrThreads: options.ocrThreads });
}

const engines = loadEngines();
// A failed load is reported by every job as a fault; this only keeps it from being an unhandled rejection.
engines.catch(() => undefined);

function identity(): WorkerIdentity {
  return { threadId, engineLoads };
}

export default async function pipelineWorker(task: WorkerTask): Promise<unknown> {
  try {
    const outcome = await runPipeline(inputFromCaller(task), { engines: await engines, policy: options.policy });
    return outcomeReply(outcome, identity());
  } catch (error) {
    return faultReply(PipelineFault.from(error), identity());
  }
}
