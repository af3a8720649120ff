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

/** A check of one measure against its threshold in the policy. */
function gate(page: ReadPage, id: string, measure: QualityMeasure, bad: boolean, threshold: number, message: string, regions: EvidenceRegion[]): Check {
  return {
    id,
    status: bad ? 'warn' : 'pass',
    score: measure.score,
    threshold,
    warn: 'PoorImageQuality',
    evidence: { message: bad ? message : `${id.split('.')[1]} within the policy`, regions, values: { side: page.side, ...values(measure) } },
  };
}

/**
 * Blur, glare and exposure of a page (decisions.md D14), against their thresholds in the policy file, measured over
 * the part of the page inside the image; the evidence region in submitted-image coordinates.
 */
export function pageQualityChecks(page: ReadPage, policy: VerdictPolicy): Check[] {
  const q = policy.quality;
  const region = (measure: QualityMeasure): EvidenceRegion[] => [regionOf(page.side, pageToSource(page.quad, page.size), measure.region)];
  // One luma conversion of the page serves the three measures.
  const whole = inFrameBox(page.quad, page.size, page.source);
  const luma = greyOf(page.page, whole);
  const blur = measureBlur(page.page, whole, luma);
  const glare = measureGlare(page.page, whole, luma);
  const exposure = measureExposure(page.page, whole, luma);
  return [
    gate(page, 'quality.blur', blur, blur.score > q.maxBlurSigma, q.maxBlurSigma, 'the document is blurred', region(blur)),
    gate(page, 'quality.glare', glare, glare.score > q.maxGlareShare, q.maxGlareShare, 'glare covers part of the document', region(glare)),
    gate(page, 'quality.dark', exposure, exposure.score < q.minDocumentLuma, q.minDocumentLuma, 'the document is too dark', region(exposure)),
    gate(page, 'quality.bright', exposure, exposure.score > q.maxDocumentLuma, q.maxDocumentLuma, 'the document is washed out', region(exposure)),
  ];
}

/**
 * The quality gate on the page that was read (decisions.md D14): blur, glare, exposure (pageQualityChecks), and the
 * key text's size in the submitted image's pixels, each against its threshold in the policy file. A failing one
 * raises `PoorImageQuality` (soft) with the region where it was measured, in submitted-image coordinates.
 */
export function qualityChecks(page: ReadPage, probe: SizeProbe, policy: VerdictPolicy): Check[] {
  const zone = bounds(probe.zone);
  const size = measureSize({
    charHeightPx: probe.heightPx,
    textRegion: { x: zone.minX, y: zone.minY, width: zone.maxX - zone.minX, height: zone.maxY - zone.minY },
    documentQuad: page.quad,
  });
  return [
    ...pageQualityChecks(page, policy),
    gate(page, probe.id, size, size.score < probe.threshold, probe.threshold, probe.message, [{ side: page.side, quad: roundQuad(probe.zone) }]),
  ];
}
