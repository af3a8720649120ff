import { CARD_TEMPLATES } from '../documents/cards/templates.js';
import { classifyCard } from '../documents/cards/classify-card.js';
import type { Engines } from '../engines/engines.js';
import { readCardSide } from './read-card-side.js';
import type { ReadPage } from './read-document.js';

/**
 * Reads the text of pages that carry no MRZ and keeps them when one of the national card templates recognises a
 * side as its front (issue 5); null when none does, so the caller goes on searching for an MRZ.
 */
export async function readCardPages(engines: Engines, pages: readonly ReadPage[]): Promise<ReadPage[] | null> {
  if (pages.length === 0) return null;
  const read: ReadPage[] = [];
  for (const page of pages) {
    const { page: settled, text } = await readCardSide(engines, page);
    read.push({ ...settled, cardText: text });
  }
  const classification = classifyCard(CARD_TEMPLATES, read.map((page) => page.cardText!));
  return classification === null ? null : read;
}
