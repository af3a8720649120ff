import { findPortrait } from '../find-portrait.js';
import type { DocumentState, ReadPage } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/**
 * Stage 6: the holder's portrait on the page that carries it: the MRZ page of a passport, else the other side (a
 * TD1 card's front); see find-portrait.ts. The page that showed it is kept settled upright, so the visual zone is
 * then read the right way up.
 */
export const portraitStage: Stage<DocumentState, DocumentState> = {
  name: 'portrait',
  async run(state, context) {
    const ordered = [state.mrzPage as ReadPage, ...state.pages.filter((page) => page !== state.mrzPage)];
    const { check, found } = await findPortrait(context.engines, ordered);
    if (found === undefined) return proceed(state, [check]);
    const pages = state.pages.map((p) => (p === found.page ? found.settled : p));
    const mrzPage = found.page === state.mrzPage ? (found.settled as typeof state.mrzPage) : state.mrzPage;
    return proceed({ ...state, pages, mrzPage, portrait: found.jpeg }, [check]);
  },
};
