import type { Side } from '../../verification/types.js';

/**
 * What the OCR read on one side of a card, in the card's own frame: every box is a fraction (0–1) of the
 * rectified page's width and height, so templates describe zones independently of the pixel size the page was
 * cut at (a 1000 px scan and a 700 px phone crop give the same numbers).
 */
export interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardLine {
  text: string;
  /** Mean character confidence of the recogniser (0–1). */
  confidence: number;
  box: CardBox;
}

export interface CardSideText {
  side: Side;
  /** Lines in reading order: top to bottom, a row left to right. */
  lines: CardLine[];
  /** Pixel size of the rectified page the boxes are fractions of (for glyph heights). */
  pageWidth: number;
  pageHeight: number;
}

export function centreY(box: CardBox): number {
  return box.y + box.height / 2;
}

export function centreX(box: CardBox): number {
  return box.x + box.width / 2;
}

export function right(box: CardBox): number {
  return box.x + box.width;
}

export function bottom(box: CardBox): number {
  return box.y + box.height;
}

/** The smallest box holding all of `boxes`. */
export function unionBox(boxes: readonly CardBox[]): CardBox {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map(right)) - x, height: Math.max(...boxes.map(bottom)) - y };
}
