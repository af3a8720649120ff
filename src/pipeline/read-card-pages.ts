import { CARD_TEMPLATES } from '../documents/cards/templates.js';
import { classifyCard } from '../documents/cards/classify-card.js';
import type { CardSideText } from '../documents/cards/card-text.js';
import type { Engines } from '../engines/engines.js';
import { readCardSide } from './read-card-side.js';
import { readPlainPage } from './read-page-mrz.js';
import type { ReadPage } from './read-document.js';

/**
 * An outline holding fewer text lines than this is not taken for a card side without a second look at the whole
 * frame: on a light card over a light background the finder can outline a printed box on the card (the NRIC's
 * thumbprint frame) rather than the card. Every card side of the seed prints at least three lines.
 */
const MIN_SIDE_LINES = 3;

async function readSide(engines: Engines, page: ReadPage): Promise<ReadPage & { cardText: CardSideText }> {
  const { page: settled, text } = await readCardSide(engines, page);
  if (page.via === 'finder' && text.lines.length < MIN_SIDE_LINES) {
    const frame = await readCardSide(engines, await readPlainPage(engines, page.source, null, null));
    if (frame.text.lines.length > text.lines.length) return { ...frame.page, cardText: frame.text };
  }
  return { ...settled, cardText: text };
}

/**
 * Reads the text of pages that carry no MRZ and keeps them when one of the national card templates recognises a
 * side as its front (issue 5); null when none does, so the caller goes on searching for an MRZ.
 */
export async function readCardPages(engines: Engines, pages: readonly ReadPage[]): Promise<ReadPage[] | null> {
  if (pages.length === 0) return null;
  const read: Array<ReadPage & { cardText: CardSideText }> = [];
  for (const page of pages) read.push(await readSide(engines, page));
  const classification = classifyCard(CARD_TEMPLATES, read.map((page) => page.cardText));
  return classification === null ? null : read;
}
