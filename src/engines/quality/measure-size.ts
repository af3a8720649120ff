import { type Quad, bounds, sideLengths } from '../vision/quad.js';
import type { Box } from '../vision/rgb-image.js';
import type { QualityMeasure } from './quality-measure.js';

export interface SizeInput {
  /** Height of MRZ (or other key text) characters in source-image pixels, as measured by the reader. */
  charHeightPx: number;
  /** Where those characters are, in source-image coordinates (the MRZ box). */
  textRegion: Box;
  /** The document's quad in the source image, when found: adds its resolution to the evidence. */
  documentQuad?: Quad;
}

/**
 * Size: is the text big enough to read? The reader measures character height (ICAO 9303-3 prints OCR-B at about
 * 2.3–2.5 mm, so a TD3 page 125 mm wide photographed at 1000 px carries ~19 px characters); this turns it into a
 * measure. score: character height in px — higher is better. values: `documentShortSidePx` and
 * `documentLongSidePx` (mean lengths of the quad's short and long sides) when a quad is given.
 */
export function measureSize(input: SizeInput): QualityMeasure {
  const values: Record<string, number> = {};
  if (input.documentQuad !== undefined) {
    const [a, b, c, d] = sideLengths(input.documentQuad);
    const first = (a + c) / 2;
    const second = (b + d) / 2;
    values.documentShortSidePx = Math.round(Math.min(first, second));
    values.documentLongSidePx = Math.round(Math.max(first, second));
    const box = bounds(input.documentQuad);
    values.documentBoxWidthPx = Math.round(box.maxX - box.minX);
  }
  return { score: Math.round(input.charHeightPx * 10) / 10, region: input.textRegion, values };
}
