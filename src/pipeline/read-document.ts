import type { CardSideText } from '../documents/cards/card-text.js';
import type { CardClassification } from '../documents/cards/classify-card.js';
import type { CardFields } from '../documents/cards/card-template.js';
import type { MrzFields, MrzFormat } from '../documents/mrz/index.js';
import type { MrzClass } from '../documents/passport/classify-mrz.js';
import type { PrintedNames } from '../documents/passport/mrz-to-fields.js';
import type { DecodedImage } from '../engines/image-decoder.js';
import type { MrzReading } from '../engines/mrz/mrz-reading.js';
import type { Quad as OcrQuad } from '../engines/ocr/geometry.js';
import type { FoundDocument, RectifySize } from '../engines/vision/document-finder.js';
import type { Quad } from '../engines/vision/quad.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import type { Side } from '../verification/types.js';

/** What the recognition stages hand each other: pages found in the submitted images, then what was read. */

/** One submitted image after the finder: its best document, or null when it saw none. */
export interface LocatedImage {
  source: DecodedImage;
  found: FoundDocument | null;
  /** Every document the finder reported, best first (for `TooManyCards`). */
  documents: FoundDocument[];
}

/** A document page cut out of a submitted image, perspective corrected. */
export interface ReadPage {
  side: Side;
  source: DecodedImage;
  /** Page corners in the submitted image: top-left, top-right, bottom-right, bottom-left of the page itself. */
  quad: Quad;
  size: RectifySize;
  /** The rectified page; upright once `upright` is true. */
  page: RgbImage;
  /** Whether evidence (MRZ or portrait) settled that `page` is upright rather than upside down. */
  upright: boolean;
  /**
   * How the page was located: the finder's outline; estimated from the MRZ zone (tight scans, clutter); or the
   * whole frame (a side without MRZ whose outline was not credible: a tight scan of a card's front).
   */
  via: 'finder' | 'mrz' | 'frame';
  mrz: MrzReading | null;
  /** The MRZ zone in the submitted image (upright corner order), when this page carries it. */
  mrzZone: Quad | null;
  /** MRZ glyph height in submitted-image pixels. */
  mrzCharHeightPx: number | null;
  /**
   * Text boxes the OCR detector found on `page` (as it is now, at PAGE_DETECTOR_SIDE), when it ran on this very
   * image: the visual-zone stage reuses them instead of detecting again.
   */
  textBoxes?: readonly OcrQuad[];
  /**
   * The long lines of the page's MRZ band were read, both ways up: one reads as words and not one holds a filler
   * `<`. They are prose (a card's back notice), not an MRZ cut short (read-page-mrz.ts).
   */
  bandHoldsProse?: boolean;
  /** What the long lines of the MRZ band read as when they held no MRZ, both ways up (read-page-mrz.ts). */
  bandTexts?: readonly string[];
  /** Every text line read on a page without MRZ, for the national card templates (issue 5). */
  cardText?: CardSideText;
}

export type MrzPage = ReadPage & { mrz: MrzReading; mrzZone: Quad; mrzCharHeightPx: number };

/** The document as classified from its MRZ; later stages add to it. */
export interface DocumentState {
  pages: ReadPage[];
  mrzPage: MrzPage;
  format: MrzFormat;
  mrzFields: MrzFields;
  kind: MrzClass;
  /** Names as printed in the visual zone when it agreed with the MRZ (set by the viz stage). */
  printed: PrintedNames;
  /** The holder's portrait crop (JPEG), set by the portrait stage. */
  portrait: Buffer | null;
}

/** A national card without MRZ as classified from its text (issue 5); later stages add to it. */
export interface CardState {
  pages: ReadPage[];
  /** The page read as the card's front. */
  frontPage: ReadPage;
  classification: CardClassification;
  read: CardFields;
  portrait: Buffer | null;
}
