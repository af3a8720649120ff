import { measureBlur } from '../engines/quality/measure-blur.js';
import { measureExposure } from '../engines/quality/measure-exposure.js';
import { measureGlare } from '../engines/quality/measure-glare.js';
import { greyOf, type QualityMeasure } from '../engines/quality/quality-measure.js';
import { measureSize } from '../engines/quality/measure-size.js';
import { bounds, type Quad } from '../engines/vision/quad.js';
import type { Check, EvidenceRegion } from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';
import { inFrameBox, pageToSource, regionOf, roundQuad } from './page-geometry.js';
import type { ReadPage } from './read-document.js';

function values(measure: QualityMeasure): Record<string, string> {
  return Object.fromEntries(Object.entries(measure.values).map(([key, value]) => [key, String(value)]));
}

/** The key text whose size decides whether the document is big enough to read: the MRZ, or a card's number line. */
export interface SizeProbe {
  id: 'quality.mrzSize' | 'quality.textSize';
  /** Glyph (MRZ) or line-box (card) height in submitted-image pixels. */
  heightPx: number;
  /** Where it was measured, in the submitted image. */
  zone: Quad;
  threshold: number;
  message: string;
}

/**
 * The quality gate on the page that was read (decisions.md D14): blur, glare, exposure, and the key text's size in
 * the submitted image's pixels, each against its threshold in the policy file. A failing one raises
 * `PoorImageQuality` (soft) with the region where it was measured, in submitted-image coordinates.
 */
export function qualityChecks(page: ReadPage, probe: SizeProbe, policy: VerdictPolicy): Check[] {
  const q = policy.quality;
  const region = (measure: QualityMeasure): EvidenceRegion[] => [regionOf(page.side, pageToSource(page.quad, page.size), measure.region)];
  // One luma conversion of the page serves the three measures, over the part of the page inside the image.
  const whole = inFrameBox(page.quad, page.size, page.source);
  const luma = greyOf(page.page, whole);
  const blur = measureBlur(page.page, whole, luma);
  const glare = measureGlare(page.page, whole, luma);
  const exposure = measureExposure(page.page, whole, luma);
  const zone = bounds(probe.zone);
  const size = measureSize({
    charHeightPx: probe.heightPx,
    textRegion: { x: zone.minX, y: zone.minY, width: zone.maxX - zone.minX, height: zone.maxY - zone.minY },
    documentQuad: page.quad,
  });
  const gate = (id: string, measure: QualityMeasure, bad: boolean, threshold: number, message: string, regions: EvidenceRegion[]): Check => ({
    id,
    status: bad ? 'warn' : 'pass',
    score: measure.score,
    threshold,
    warn: 'PoorImageQuality',
    evidence: { message: bad ? message : `${id.split('.')[1]} within the policy`, regions, values: { side: page.side, ...values(measure) } },
  });
  return [
    gate('quality.blur', blur, blur.score > q.maxBlurSigma, q.maxBlurSigma, 'the document is blurred', region(blur)),
    gate('quality.glare', glare, glare.score > q.maxGlareShare, q.maxGlareShare, 'glare covers part of the document', region(glare)),
    gate('quality.dark', exposure, exposure.score < q.minDocumentLuma, q.minDocumentLuma, 'the document is too dark', region(exposure)),
    gate('quality.bright', exposure, exposure.score > q.maxDocumentLuma, q.maxDocumentLuma, 'the document is washed out', region(exposure)),
    gate(probe.id, size, size.score < probe.threshold, probe.threshold, probe.message, [{ side: page.side, quad: roundQuad(probe.zone) }]),
  ];
}
