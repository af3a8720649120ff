import type { FaceDetection } from '../engines/face/face-detector.js';
import type { Engines } from '../engines/engines.js';
import { rotate180 } from '../engines/mrz/rotate-180.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import type { Check } from '../verification/types.js';
import { pageToSource, regionOf, turnQuad } from './page-geometry.js';
import type { ReadPage } from './read-document.js';

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180({ ...image, channels: 3 });
  return { width, height, data };
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
  for (const page of pages) {
    const detection: FaceDetection = await engines.faceDetector.detect(page.page, { rotations: page.upright ? [0] : [0, 180] });
    const portrait = detection.portrait;
    if (portrait === null) continue;
    const settled: ReadPage =
      page.upright || portrait.face.rotation !== 180
        ? { ...page, upright: true }
        : { ...page, upright: true, page: turned(page.page), quad: turnQuad(page.quad) };
    // The crop box is on the upright page; map it through the settled page's corners.
    const region = regionOf(settled.side, pageToSource(settled.quad, settled.size), portrait.cropBox);
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
