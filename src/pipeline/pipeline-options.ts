import { availableParallelism } from 'node:os';
import { loadPolicy, type VerdictPolicy } from './load-policy.js';

/** How a pipeline runner (pool or inline) is built; the app passes values from its frozen `Config`. */
export interface PipelineOptions {
  /** Decoder's pixel limit, the second guard of decisions.md D6; pass `config.images.maxPixels`. */
  maxInputPixels?: number;
  /** The verdict policy; read from policy/verdict-policy.json when absent. */
  policy?: VerdictPolicy;
  /** onnxruntime intra-op threads per worker; default: the machine's cores shared out among the runner's threads. */
  ocrThreads?: number;
  /** Reference date for expiry (`YYYY-MM-DD`), inline runner only (tests, replays); today when absent. */
  today?: string;
}

export interface ResolvedPipelineOptions {
  maxInputPixels: number;
  policy: VerdictPolicy;
  ocrThreads: number;
}

/** Same default as `config.images.maxPixels` (src/config/schema.ts), for callers without a config (tests, tools). */
export const DEFAULT_MAX_INPUT_PIXELS = 8000 * 8000;

/** Resolved once, in the calling thread, so a bad policy file stops start-up instead of failing every job. */
export function resolvePipelineOptions(options: PipelineOptions, threads = 1): ResolvedPipelineOptions {
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  if (!Number.isInteger(maxInputPixels) || maxInputPixels <= 0) {
    throw new RangeError(`maxInputPixels must be a positive integer, got ${maxInputPixels}`);
  }
  // One worker thread gets every core; N threads share them, so N onnxruntime pools never fight for the same cores.
  const ocrThreads = options.ocrThreads ?? Math.max(1, Math.floor(availableParallelism() / threads));
  if (!Number.isInteger(ocrThreads) || ocrThreads <= 0) throw new RangeError(`ocrThreads must be a positive integer, got ${ocrThreads}`);
  return { maxInputPixels, policy: options.policy ?? loadPolicy(), ocrThreads };
}
