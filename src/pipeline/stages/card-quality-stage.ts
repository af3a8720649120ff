import type { Point, Quad } from '../../engines/vision/quad.js';
import { pageToSource } from '../page-geometry.js';
import { qualityChecks, type SizeProbe } from '../quality-checks.js';
import type { CardState } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/**
 * Stage 8 for a national card: the quality gate (quality-checks.ts) on its front, its size judged by the height of
 * the line of its first key field (the card number) in the submitted image; the whole front when that line was not
 * read.
 */
export const cardQualityStage: Stage<CardState, CardState> = {
  name: 'quality',
  async run(state, context) {
    const page = state.frontPage;
    const toSource = pageToSource(page.quad, page.size);
    const key = state.classification.template.keyFields[0];
    const where = key === undefined ? undefined : state.read.regions[key];
    const { width, height } = page.page;
    const box = where !== undefined && where.side === page.side ? where.box : { x: 0, y: 0, width: 1, height: 1 };
    // The box is a fraction of the rectified page; the page's own pixels map to the submitted image by its corners.
    const corner = (x: number, y: number): Point => toSource([x * width, y * height]);
    const zone: Quad = [corner(box.x, box.y), corner(box.x + box.width, box.y), corner(box.x + box.width, box.y + box.height), corner(box.x, box.y + box.height)];
    const heightPx = (Math.hypot(zone[3][0] - zone[0][0], zone[3][1] - zone[0][1]) + Math.hypot(zone[2][0] - zone[1][0], zone[2][1] - zone[1][1])) / 2;
    const probe: SizeProbe = {
      id: 'quality.textSize',
      heightPx: where === undefined ? 0 : heightPx,
      zone,
      threshold: context.policy.quality.minCardTextHeightPx,
      message: where === undefined ? 'the card number could not be found to judge the text size' : 'the card text is too small',
    };
    return proceed(state, qualityChecks(page, probe, context.policy));
  },
};
