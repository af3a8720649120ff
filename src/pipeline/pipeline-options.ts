import { loadPolicy, type VerdictPolicy } from './load-policy.js';

/** How a pipeline runner (pool or inline) is built; the app passes values from its frozen `Config`. */
export interface PipelineOptions {
  /** Decoder's pixel limit, the second guard of decisions.md D6; pass `config.images.maxPixels`. */
  maxInputPixels?: number;
  /** The verdict policy; read from policy/verdict-policy.json when absent. */
  policy?: VerdictPolicy;
}

export interface ResolvedPipelineOptions {
  maxInputPixels: number;
  policy: VerdictPolicy;
}

/** Same default as `config.images.maxPixels` (src/config/schema.ts), for callers without a config (tests, tools). */
export const DEFAULT_MAX_INPUT_PIXELS = 8000 * 8000;

/** Resolved once, in the calling thread, so a bad policy file stops start-up instead of failing every job. */
export function resolvePipelineOptions(options: PipelineOptions): ResolvedPipelineOptions {
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  if (!Number.isInteger(maxInputPixels) || maxInputPixels <= 0) {
    throw new RangeError(`maxInputPixels must be a positive integer, got ${maxInputPixels}`);
  }
  return { maxInputPixels, policy: options.policy ?? loadPolicy() };
}
