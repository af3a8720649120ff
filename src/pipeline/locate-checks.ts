import type { DecodedImage } from '../engines/image-decoder.js';
import type { FoundDocument } from '../engines/vision/document-finder.js';
import { polygonArea } from '../engines/vision/quad.js';
import type { Check } from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';
import { roundQuad } from './page-geometry.js';

/** `TooManyCards` and `IncompleteCard` (decisions.md D13; soft, D14) for one submitted image. */

/** Second candidates close to the best in score and size; weaker ones are the finder's false alarms on clutter. */
export function credibleOthers(documents: FoundDocument[], policy: VerdictPolicy): FoundDocument[] {
  const [best, ...rest] = documents;
  if (best === undefined) return [];
  const area = polygonArea(best.quad);
  return rest.filter(
    (other) =>
      other.score >= policy.locate.secondDocumentMinScoreRatio * best.score &&
      polygonArea(other.quad) >= policy.locate.secondDocumentMinAreaRatio * area,
  );
}

export function countCheck(source: DecodedImage, documents: FoundDocument[], policy: VerdictPolicy): Check {
  const others = credibleOthers(documents, policy);
  const best = documents[0] as FoundDocument;
  const second = others[0];
  return {
    id: 'document.count',
    status: others.length > 0 ? 'warn' : 'pass',
    score: second === undefined ? null : Math.round((second.score / best.score) * 1000) / 1000,
    threshold: policy.locate.secondDocumentMinScoreRatio,
    warn: 'TooManyCards',
    evidence: {
      message: others.length > 0 ? `${others.length + 1} documents in one image` : 'one document in the image',
      regions: [best, ...others].map((doc) => ({ side: source.side, quad: roundQuad(doc.quad) })),
      values: { side: source.side, candidates: String(documents.length), credible: String(others.length + 1) },
    },
  };
}

export function completeCheck(source: DecodedImage, best: Pick<FoundDocument, 'quad' | 'cut' | 'score' | 'aspect'>): Check {
  return {
    id: 'document.complete',
    status: best.cut ? 'warn' : 'pass',
    score: null,
    threshold: null,
    warn: 'IncompleteCard',
    evidence: {
      message: best.cut ? 'a corner of the document lies outside the image' : 'the whole document is in the image',
      regions: [{ side: source.side, quad: roundQuad(best.quad) }],
      values: { side: source.side, score: String(best.score), aspect: best.aspect },
    },
  };
}

/**
 * How far a page estimated from its MRZ may run past the frame and still count as whole, as a share of the page's
 * short side. The estimate places the page by ICAO 9303's nominal MRZ position, and issuers print the MRZ that much
 * off it: a tight scan of a MIDV-2020 Azerbaijani passport page, the page filling the image, is estimated 6.4 % of
 * its height above the frame.
 */
const MRZ_ESTIMATE_TOLERANCE = 0.1;

/** A page located by its MRZ: the finder's outlines were not the document, so only the estimated page counts. */
export function mrzLocatedChecks(source: DecodedImage, quad: FoundDocument['quad']): Check[] {
  const side = (a: number, b: number): number => Math.hypot(quad[b]![0] - quad[a]![0], quad[b]![1] - quad[a]![1]);
  const shortSide = Math.min(side(0, 1), side(1, 2), side(2, 3), side(3, 0));
  const margin = Math.max(0.01 * Math.max(source.width, source.height), MRZ_ESTIMATE_TOLERANCE * shortSide);
  const cut = quad.some(([x, y]) => x < -margin || y < -margin || x > source.width + margin || y > source.height + margin);
  return [
    {
      id: 'document.count',
      status: 'pass',
      score: null,
      threshold: null,
      warn: 'TooManyCards',
      evidence: { message: 'one document, located by its MRZ', regions: [{ side: source.side, quad: roundQuad(quad) }], values: { side: source.side } },
    },
    completeCheck(source, { quad, cut, score: 0, aspect: 'td3' }),
  ];
}
