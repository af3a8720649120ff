// A UMID front photographed from arm's length (studio seed session6-fresh #8), as the OCR read it: the names read
// cleanly but their half-height captions come back as `CNEN SANN` or are not detected at all, and the sex glyph is
// missed. Shared by the template's tests and the second-look test (test/pipeline/read-zones.test.ts).
import { cardSide, type LineSpec } from './card-lines.js';

/** A line given in pixels of the 1000 × 630 page it was read on. */
export const px = (text: string, x: number, y: number, w: number, h: number): LineSpec => [text, x / 1000, y / 630, w / 1000, h / 630];

export const farUmidFront = cardSide('front', [
  px('REPUBLICOF THE PHILIPPINES', 186, 41, 376, 23),
  px('UNIFIED MULTI-PURPOSE ID', 190, 88, 602, 36),
  px('CRN-0111-6031192-3', 44, 176, 242, 26),
  px('SORIANO', 327, 202, 143, 31),
  px('CNEN SANN', 326, 243, 87, 24),
  px('LIZA', 325, 266, 76, 33),
  px('VDOLNAN', 329, 310, 94, 22),
  px('VILLANUEVA', 328, 336, 191, 30),
  px('', 432, 377, 99, 22),
  px('2006/02/17', 432, 400, 149, 30),
  px('AOOMENNI', 330, 446, 57, 16),
  px('98 ACACIA LANE BRGY. BAGONG SILANG', 327, 468, 419, 23),
  px('ILOILO CITY ILOILO', 326, 495, 204, 23),
]);
