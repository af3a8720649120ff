// Builds the card text the OCR would hand a template, for pure template tests: lines with boxes as fractions.
import type { CardLine, CardSideText } from '../../../src/documents/cards/card-text.js';
import type { Side } from '../../../src/verification/types.js';

/** `[text, x, y, width?, height?]`: a line at (x, y), fractions of the card. */
export type LineSpec = [string, number, number, number?, number?];

export function cardSide(side: Side, specs: readonly LineSpec[]): CardSideText {
  const lines: CardLine[] = specs.map(([text, x, y, width, height]) => ({
    text,
    confidence: 0.98,
    box: { x, y, width: width ?? Math.min(0.9, 0.018 * text.length), height: height ?? 0.045 },
  }));
  return { side, lines, pageWidth: 1000, pageHeight: 630 };
}
