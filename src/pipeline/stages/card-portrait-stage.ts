import { findPortrait } from '../find-portrait.js';
import type { CardState } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/** Stage 6 for a national card: the portrait on its front, else on another side (find-portrait.ts). */
export const cardPortraitStage: Stage<CardState, CardState> = {
  name: 'portrait',
  async run(state, context) {
    const ordered = [state.frontPage, ...state.pages.filter((page) => page !== state.frontPage)];
    const { check, found } = await findPortrait(context.engines, ordered);
    if (found === undefined) return proceed(state, [check]);
    const pages = state.pages.map((p) => (p === found.page ? found.settled : p));
    const frontPage = found.page === state.frontPage ? found.settled : state.frontPage;
    return proceed({ ...state, pages, frontPage, portrait: found.jpeg }, [check]);
  },
};
