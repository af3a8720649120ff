/**
 * Which capture each condition uses on each side, and the warnings a correct verifier raises for it
 * (decisions.md D13 codes). Conditions that concern one image — cut-off, two-cards, tampered — act on the front;
 * the back of such a document is an ordinary photo.
 */

import type { Rng } from '../prng.js';
import type { Raster } from '../raster/raster.js';
import type { Condition, Side, WarnCode } from '../types.js';
import { paperCopy, screen, screenshot } from './attacks.js';
import { blurred, clean, cutOff, glare, lowRes, photo, twoCards, type Shot } from './camera.js';

/** Warnings the condition itself calls for (D13); `--invalid` and cross-checked tampering add theirs. */
export const CONDITION_WARNINGS: Record<Condition, WarnCode[]> = {
  clean: [],
  photo: [],
  glare: ['PoorImageQuality'],
  blur: ['PoorImageQuality'],
  'low-res': ['PoorImageQuality'],
  'cut-off': ['IncompleteCard'],
  'two-cards': ['TooManyCards'],
  'paper-copy': ['PaperCopy'],
  screen: ['RetakeSuspected'],
  screenshot: ['ScreenshotSuspected'],
  tampered: ['FakeSuspected'],
};

export function applyCondition(condition: Condition, side: Side, rng: Rng, doc: Raster, other: () => Raster): Shot {
  const front = side === 'front';
  switch (condition) {
    case 'clean':
      return clean(rng, doc);
    case 'photo':
      return photo(rng, doc);
    case 'glare':
      return glare(rng, doc);
    case 'blur':
      return blurred(rng, doc);
    case 'low-res':
      return lowRes(rng, doc);
    case 'cut-off':
      return front ? cutOff(rng, doc) : photo(rng, doc);
    case 'two-cards':
      return front ? twoCards(rng, doc, other()) : photo(rng, doc);
    case 'paper-copy':
      return paperCopy(rng, doc);
    case 'screen':
      return screen(rng, doc);
    case 'screenshot':
      return screenshot(rng, doc);
    case 'tampered':
      return rng.chance(0.5) ? clean(rng, doc) : photo(rng, doc, { defocus: 0, motion: 0 });
  }
}
