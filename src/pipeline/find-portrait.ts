import type { FaceDetection } from '../engines/face/face-detector.js';
import type { Engines } from '../engines/engines.js';
import { rotate180 } from '../engines/mrz/rotate-180.js';
import { polygonArea, type Quad } from '../engines/vision/quad.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import type { Check } from '../verification/types.js';
import { pageToSource, regionOf, turnQuad } from './page-geometry.js';
import type { ReadPage } from './read-document.js';

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180({ ...image, channels: 3 });
  return { width, height, data };
}

/** How much wider and taller than a text-cut page its portrait search is (an ID-1 portrait is a third of the card). */
const WIDEN = 1.6;

/** A page cut round its text (not an outline, nor the whole frame, which has no room round it to search). */
function textCut(page: ReadPage): boolean {
  return page.via === 'frame' && polygonArea(page.quad) < 0.9 * page.source.width * page.source.height;
}

/** The page's cut grown WIDEN times about its centre, rectified at the page's scale (parts outside the image blank). */
async function widened(engines: Engines, page: ReadPage): Promise<Pick<ReadPage, 'page' | 'quad' | 'size'>> {
  const cx = page.quad.reduce((sum, [x]) => sum + x, 0) / 4;
  const cy = page.quad.reduce((sum, [, y]) => sum + y, 0) / 4;
  const quad = page.quad.map(([x, y]) => [cx + (x - cx) * WIDEN, cy + (y - cy) * WIDEN]) as unknown as Quad;
  const size = { width: Math.round(page.size.width * WIDEN), height: Math.round(page.size.height * WIDEN) };
  return { quad, size, page: await engines.documentFinder.rectify(page.source, quad, size) };
}

export interface PortraitSearch {
  check: Check;
  /** The page that showed the face, as searched, and as settled upright; absent when no page showed one. */
  found?: { page: ReadPage; settled: ReadPage; jpeg: Buffer };
}

/**
 * The holder's portrait (BlazeFace) on the first of `pages` that shows one. A page whose orientation nothing has
 * settled yet is tried upright and half a turn, and the turn that shows a face is kept, so later reading happens
 * the right way up. The crop (JPEG) is kept with the identity record (decisions.md D16); its box in the submitted
 * image is the evidence. No face on any page raises `OtherWarning`: every supported document carries a portrait.
 */
export async function findPortrait(engines: Engines, pages: readonly ReadPage[]): Promise<PortraitSearch> {
  // Pages cut from their text (no outline) are searched again with room round them: a card's portrait sits beside
  // its text, outside the margins the cut keeps.
  type View = Pick<ReadPage, 'page' | 'quad' | 'size'>;
  const searches: Array<{ page: ReadPage; view: () => Promise<View> }> = [
    ...pages.map((page) => ({ page, view: async () => page })),
    ...pages.filter(textCut).map((page) => ({ page, view: () => widened(engines, page) })),
  ];
  for (const { page, view: viewOf } of searches) {
    const view = await viewOf();
    const detection: FaceDetection = await engines.faceDetector.detect(view.page, { rotations: page.upright ? [0] : [0, 180] });
    const portrait = detection.portrait;
    if (portrait === null) continue;
    const turn = !page.upright && portrait.face.rotation === 180;
    const settled: ReadPage = turn ? { ...page, upright: true, page: turned(page.page), quad: turnQuad(page.quad) } : { ...page, upright: true };
    // The crop box is on the searched view turned upright; map it through that view's corners.
    const searched = turn ? turnQuad(view.quad) : view.quad;
    const region = regionOf(settled.side, pageToSource(searched, view.size), portrait.cropBox);
    return {
      check: {
        id: 'portrait.found',
        status: 'pass',
        score: Math.round(portrait.face.score * 1000) / 1000,
        threshold: null,
        warn: 'OtherWarning',
        evidence: { message: 'portrait found', regions: [region], values: { side: settled.side, faces: String(detection.faces.length) } },
      },
      found: { page, settled, jpeg: portrait.jpeg },
    };
  }
  return {
    check: {
      id: 'portrait.found',
      status: 'warn',
      score: null,
      threshold: null,
      warn: 'OtherWarning',
      evidence: { message: 'no portrait found on the document', values: { pages: String(pages.length) } },
    },
  };
}
