import type { ImageDecoder } from './image-decoder.js';
import { createSharpImageDecoder } from './sharp-image-decoder.js';

/**
 * Every heavy technology the pipeline uses, behind its interface. Built once per worker thread and reused for
 * every job (architecture.md "Models load once per worker"); stages receive it, never build it.
 */
export interface Engines {
  imageDecoder: ImageDecoder;
}

export interface EngineOptions {
  /** Second guard against decompression bombs (decisions.md D6); the app passes `config.images.maxPixels`. */
  maxInputPixels: number;
}

/** Async because the recognition engines to come load model files; the decoder alone needs no loading. */
export async function createEngines(options: EngineOptions): Promise<Engines> {
  return { imageDecoder: createSharpImageDecoder({ maxInputPixels: options.maxInputPixels }) };
}
