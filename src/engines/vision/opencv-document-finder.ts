import sharp from 'sharp';
import type { DocumentFinder, FindResult, FoundDocument, RectifySize } from './document-finder.js';
import { hullToQuad } from './hull-to-quad.js';
import { type OpenCv, loadOpenCv } from './load-opencv.js';
import { withScope } from './mat-scope.js';
import { type Point, type Quad, bounds, orderQuad, scaleQuad } from './quad.js';
import { type QuadScore, type ScoringImage, scoreQuad, textureDensity } from './quad-score.js';
import { type ProposalSource, regionProposals } from './region-proposals.js';
import { type RgbImage, assertRgb } from './rgb-image.js';
import { selectDocuments } from './select-documents.js';
import { refineQuad } from './refine-quad.js';
import { lineProposals } from './line-proposals.js';
import { rectifyWithOpenCv } from './rectify.js';

export interface OpenCvDocumentFinderOptions {
  /** Long side of the working copy the search runs on; quads are mapped back to full resolution. */
  searchSize?: number;
  /** Long side of the copy the corners are refined on. */
  refineSize?: number;
  /** A candidate below this score is not a document. */
  minScore?: number;
}

export interface Candidate {
  quad: Quad;
  score: number;
  detail: QuadScore;
  sources: ProposalSource[];
}

/** Regions smaller than this share of the frame are ignored (a card 10 % of the photo's width is about 0.6 %). */
const MIN_AREA_FRACTION = 0.005;

/**
 * Document finding with OpenCV.js: proposals from several cues (region-proposals.ts), each turned into a quad
 * (hull-to-quad.ts), scored (quad-score.ts), selected (select-documents.ts), then refined on a larger copy
 * (refine-quad.ts) and mapped back to the caller's resolution. Loads OpenCV once, when created. `candidates`
 * exposes every scored quad on the working copy (before selection) for benchmarks and diagnosis.
 */
export async function createOpenCvDocumentFinder(options: OpenCvDocumentFinderOptions = {}): Promise<DocumentFinder & {
  candidates(image: RgbImage): Promise<{ scale: number; candidates: Candidate[]; scoring: ScoringImage }>;
}> {
  const cv = await loadOpenCv();
  const searchSize = options.searchSize ?? 640;
  const refineSize = options.refineSize ?? 1600;
  const minScore = options.minScore ?? 0.15;

  const candidates = async (image: RgbImage): Promise<{ scale: number; candidates: Candidate[]; scoring: ScoringImage }> => {
    assertRgb(image);
    const scale = Math.min(1, searchSize / Math.max(image.width, image.height));
    const small = await resized(image, scale);
    return { scale, ...findCandidates(cv, small) };
  };

  return {
    candidates,
    async find(image: RgbImage): Promise<FindResult> {
      const { scale, candidates: found, scoring } = await candidates(image);
      const texture = (quad: Quad): number => textureDensity(scoring, quad);
      const chosen = selectDocuments(found, { minScore, secondRelative: 0.5, texture });
      if (chosen.length === 0) return { documents: [] };
      const refineScale = Math.min(1, refineSize / Math.max(image.width, image.height));
      const large = refineScale === scale ? null : await resized(image, refineScale);
      const documents: FoundDocument[] = chosen.map((candidate) => {
        let quad = scaleQuad(candidate.quad, refineScale / scale);
        if (large !== null) quad = refineQuad(large, quad);
        quad = orderQuad(scaleQuad(quad, 1 / refineScale));
        return {
          quad,
          score: round(candidate.score),
          aspect: candidate.detail.aspect,
          ratio: round(candidate.detail.ratio),
          cut: isCut(quad, image.width, image.height),
        };
      });
      return { documents };
    },
    async rectify(image: RgbImage, quad: Quad, size: RectifySize): Promise<RgbImage> {
      assertRgb(image);
      return rectifyWithOpenCv(cv, image, quad, size);
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A corner more than 1 % of the frame outside it: the photo shows only part of the document. */
function isCut(quad: Quad, width: number, height: number): boolean {
  const margin = 0.01 * Math.max(width, height);
  return quad.some(([x, y]) => x < -margin || y < -margin || x > width - 1 + margin || y > height - 1 + margin);
}

async function resized(image: RgbImage, scale: number): Promise<RgbImage> {
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .raw()
    .toBuffer();
  return { width, height, data };
}

function findCandidates(cv: OpenCv, small: RgbImage): { candidates: Candidate[]; scoring: ScoringImage } {
  return withScope((scope) => {
    const rgb = scope.track(new cv.Mat(small.height, small.width, cv.CV_8UC3));
    rgb.data.set(small.data);
    const grey = scope.track(new cv.Mat());
    cv.cvtColor(rgb, grey, cv.COLOR_RGB2GRAY);
    const blurred = scope.track(new cv.Mat());
    cv.GaussianBlur(grey, blurred, new cv.Size(3, 3), 0);
    const edges = scope.track(new cv.Mat());
    cv.Canny(blurred, edges, 40, 120);
    const scoring: ScoringImage = { width: small.width, height: small.height, grey: Uint8Array.from(blurred.data), edges: Uint8Array.from(edges.data) };

    const byKey = new Map<string, Candidate>();
    const consider = (quad: Quad, source: ProposalSource): void => {
      const ordered = orderQuad(quad);
      const key = ordered.map(([x, y]) => `${Math.round(x / 3)},${Math.round(y / 3)}`).join(';');
      const existing = byKey.get(key);
      if (existing !== undefined) {
        if (!existing.sources.includes(source)) existing.sources.push(source);
        return;
      }
      const b = bounds(ordered);
      // Far-flung extrapolated corners belong to no document in this photo.
      const reach = 0.5 * Math.max(small.width, small.height);
      if (b.minX < -reach || b.minY < -reach || b.maxX > small.width + reach || b.maxY > small.height + reach) return;
      const detail = scoreQuad(scoring, ordered);
      byKey.set(key, { quad: ordered, score: detail.score, detail, sources: [source] });
    };
    for (const proposal of regionProposals(cv, scope, rgb, MIN_AREA_FRACTION)) {
      const quad = hullToQuad(proposal.hull, small.width, small.height);
      if (quad !== null) consider(quad, proposal.source);
    }
    for (const quad of lineProposals(cv, scope, edges, MIN_AREA_FRACTION * small.width * small.height)) consider(quad, 'lines');
    // A tight scan: the document is the whole frame, so no outline exists to find.
    const w = small.width - 1;
    const h = small.height - 1;
    consider([[0, 0], [w, 0], [w, h], [0, h]] as [Point, Point, Point, Point], 'edges');
    return { candidates: [...byKey.values()], scoring };
  });
}
