import type { FaceDetection } from '../../engines/face/face-detector.js';
import { rotate180 } from '../../engines/mrz/rotate-180.js';
import type { RgbImage } from '../../engines/vision/rgb-image.js';
import type { Check } from '../../verification/types.js';
import { pageToSource, regionOf, turnQuad } from '../page-geometry.js';
import type { DocumentState, ReadPage } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180({ ...image, channels: 3 });
  return { width, height, data };
}

/**
 * Stage 6: the holder's portrait (BlazeFace) on the page that carries it: the MRZ page of a passport, else the
 * other side (a TD1 card's front). A page whose orientation nothing has settled yet is tried upright and half a
 * turn, and the turn that shows a face is kept, so the visual zone is then read the right way up. The crop is
 * kept in the outcome (JPEG; stored encrypted with the identity record, decisions.md D16) and its box, in the
 * submitted image, is the evidence. No face on a document that must carry one raises `OtherWarning`.
 */
export const portraitStage: Stage<DocumentState, DocumentState> = {
  name: 'portrait',
  async run(state, context) {
    const ordered = [state.mrzPage as ReadPage, ...state.pages.filter((page) => page !== state.mrzPage)];
    let pages = state.pages;
    for (const page of ordered) {
      const detection: FaceDetection = await context.engines.faceDetector.detect(page.page, { rotations: page.upright ? [0] : [0, 180] });
      const portrait = detection.portrait;
      if (portrait === null) continue;
      const settled: ReadPage =
        page.upright || portrait.face.rotation !== 180
          ? { ...page, upright: true }
          : { ...page, upright: true, page: turned(page.page), quad: turnQuad(page.quad) };
      pages = state.pages.map((p) => (p === page ? settled : p));
      const mrzPage = page === state.mrzPage ? (settled as typeof state.mrzPage) : state.mrzPage;
      // The crop box is on the upright page; map it through the settled page's corners.
      const region = regionOf(settled.side, pageToSource(settled.quad, settled.size), portrait.cropBox);
      const check: Check = {
        id: 'portrait.found',
        status: 'pass',
        score: Math.round(portrait.face.score * 1000) / 1000,
        threshold: null,
        warn: 'OtherWarning',
        evidence: { message: 'portrait found', regions: [region], values: { side: settled.side, faces: String(detection.faces.length) } },
      };
      return proceed({ ...state, pages, mrzPage, portrait: portrait.jpeg }, [check]);
    }
    return proceed(state, [
      {
        id: 'portrait.found',
        status: 'warn',
        score: null,
        threshold: null,
        warn: 'OtherWarning',
        evidence: { message: 'no portrait found on the document', values: { pages: String(state.pages.length) } },
      },
    ]);
  },
};
