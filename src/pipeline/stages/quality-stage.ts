import { qualityChecks } from '../quality-checks.js';
import type { DocumentState } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/** Stage 8: the quality gate (quality-checks.ts) on the MRZ page, its size judged by the MRZ's glyph height. */
export const qualityStage: Stage<DocumentState, DocumentState> = {
  name: 'quality',
  async run(state, context) {
    const page = state.mrzPage;
    const probe = {
      id: 'quality.mrzSize' as const,
      heightPx: page.mrzCharHeightPx,
      zone: page.mrzZone,
      threshold: context.policy.quality.minMrzCharHeightPx,
      message: 'the MRZ characters are too small',
    };
    return proceed(state, qualityChecks(page, probe, context.policy));
  },
};
