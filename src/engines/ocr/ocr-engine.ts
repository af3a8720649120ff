// The text engine's interface: find text lines (quads) in an image, read lines, or both at once. Geometry is in
// the pixels of the image passed in. One instance holds its loaded models and is reused for every job of a
// worker (architecture.md "Models load once per worker").

import type { Quad, Rect } from './geometry.js';
import type { PixelImage } from './pixel-image.js';

export interface TextBox {
  quad: Quad;
  /** Mean text probability of the detected region (0–1). */
  score: number;
}

export interface DetectOptions {
  /**
   * Longest side the detector sees, in pixels; larger images are downscaled first, smaller ones enlarged (at most
   * twice: text a few pixels high is not detected at its own size). The detector's memory and time
   * grow with its input area (engine-notes.md: 1.1–1.65 GB peak RSS at full phone-photo resolution).
   */
  maxSide?: number;
  /** Detect only inside this rectangle of the image (clipped to the image). */
  region?: Rect;
  /** Regions with a lower mean probability are dropped (PaddleOCR box_thresh, 0.6). */
  minScore?: number;
}

export interface RecognizedChar {
  char: string;
  /** Mean probability of the character over the decoder steps that produced it. */
  confidence: number;
  /** Centre of the character along the line, 0 (line start) to 1 (line end). */
  x: number;
  /**
   * The highest probability the recogniser gave the space class on the steps between the previous character and
   * this one (0 for the first character). A word gap the decoder did not emit as a space still shows here.
   */
  spaceBefore?: number;
}

export interface RecognizedText {
  text: string;
  /** Mean of the character confidences; 0 for an empty reading. */
  confidence: number;
  chars: RecognizedChar[];
}

export interface TextLine extends RecognizedText {
  quad: Quad;
  detectionScore: number;
}

export interface ReadTextOptions extends DetectOptions {
  /** Lines read with a lower mean confidence are dropped. */
  minConfidence?: number;
}

export interface RecognizeOptions {
  /**
   * Widens every line crop by this factor (default 1: the line's own aspect at the network's height, as
   * PaddleOCR). The recogniser emits one step per 8 pixels of width; a long line of small, narrow print gets about
   * 2.5 steps a glyph and may lose glyphs (`P. URGOS` for `P. BURGOS`), which a wider crop gives back.
   */
  stretch?: number;
}

export interface OcrEngine {
  detect(image: PixelImage, options?: DetectOptions): Promise<TextBox[]>;
  /** Reads each quad of `image` as one text line, in the order given. */
  recognize(image: PixelImage, lines: readonly Quad[], options?: RecognizeOptions): Promise<RecognizedText[]>;
  /** Detection then recognition; lines come back in reading order (top to bottom, then left to right). */
  readText(image: PixelImage, options?: ReadTextOptions): Promise<TextLine[]>;
  /** Frees the model sessions; the engine is unusable afterwards. */
  release(): Promise<void>;
}
