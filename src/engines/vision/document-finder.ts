import type { AspectHint } from './quad-score.js';
import type { Quad } from './quad.js';
import type { RgbImage } from './rgb-image.js';

export type { AspectHint } from './quad-score.js';

/** One document found in a photo or scan, in the coordinates of the image that was passed in. */
export interface FoundDocument {
  /** Corners clockwise, quad[0]→quad[1] a long side (see `Quad`); may lie outside the frame when `cut`. */
  quad: Quad;
  /** 0–1: how document-like the region is (aspect, right angles, contrast along the sides, print inside). */
  score: number;
  /** Nearer format by side ratio: ID-1 card (85.60 × 53.98 mm) or TD3 page (125 × 88 mm). A hint only. */
  aspect: AspectHint;
  /** Long-to-short side ratio as measured on the quad. */
  ratio: number;
  /** A corner lies outside the frame: the image shows only part of the document (→ `IncompleteCard`). */
  cut: boolean;
}

/**
 * The answer for one image, best document first. Zero documents → `DocumentNotFound`; more than one →
 * `TooManyCards`; a first document that is `cut` → `IncompleteCard` (the pipeline maps these, decisions.md D13).
 */
export interface FindResult {
  documents: FoundDocument[];
}

/** Output size of a rectified crop; `canonicalSize` gives the default per aspect. */
export interface RectifySize {
  width: number;
  height: number;
}

/** Canonical rectified sizes: 1000×630 for ID-1 cards, 1250×880 for TD3 passport pages (both keep the ISO ratio). */
export function canonicalSize(aspect: AspectHint): RectifySize {
  return aspect === 'id1' ? { width: 1000, height: 630 } : { width: 1250, height: 880 };
}

/** Finds ID documents in an image and cuts them out upright-or-upside-down, perspective corrected. */
export interface DocumentFinder {
  find(image: RgbImage): Promise<FindResult>;
  /** Perspective-corrected crop of `quad` at `size` (quad[0] → top-left of the crop). */
  rectify(image: RgbImage, quad: Quad, size: RectifySize): Promise<RgbImage>;
}
