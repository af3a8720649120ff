import { CARD_TEMPLATES } from '../documents/cards/templates.js';
import { classifyCard, FRONT_MIN_SCORE } from '../documents/cards/classify-card.js';
import type { CardSideText } from '../documents/cards/card-text.js';
import type { Engines } from '../engines/engines.js';
import { canonicalSize } from '../engines/vision/document-finder.js';
import { readCardSide, turnCardSide } from './read-card-side.js';
import { readPlainPage } from './read-page-mrz.js';
import type { LocatedImage, ReadPage } from './read-document.js';
import { MIN_SEARCH_SIDE } from './stages/locate-stage.js';

/**
 * An outline holding fewer text lines than this is not taken for a card side without a second look at the whole
 * frame: on a light card over a light background the finder can outline a printed box on the card (the NRIC's
 * thumbprint frame) rather than the card. Every card side of the seed prints at least three lines.
 */
const MIN_SIDE_LINES = 3;
/**
 * Ways of cutting one side tried at most: the finder's best outline, its next one (a sheet of printed paper beside
 * the card can outscore the card), the whole frame.
 */
const MAX_CUTS = 3;

type ReadSide = ReadPage & { cardText: CardSideText };

async function readSide(engines: Engines, page: ReadPage): Promise<ReadSide> {
  const read = await readCut(engines, page);
  if (recognised(read)) return read;
  // Nothing recognised this way up: the orientation may have been decided by other text on the page.
  const turned = await readCut(engines, turnCardSide(read));
  return recognised(turned) ? turned : read;
}

async function readCut(engines: Engines, page: ReadPage): Promise<ReadSide> {
  const { page: settled, text } = await readCardSide(engines, page);
  // Lines of a few glyphs at least: a stray digit read off a portrait or a pattern says nothing.
  const worded = (t: CardSideText): number => t.lines.filter((line) => line.text.replace(/\s+/g, '').length >= 3).length;
  if (page.via === 'finder' && worded(text) < MIN_SIDE_LINES) {
    const frame = await readCardSide(engines, await readPlainPage(engines, page.source, null, null));
    if (worded(frame.text) > worded(text)) return { ...frame.page, cardText: frame.text };
  }
  return { ...settled, cardText: text };
}

/** One submitted image and the ways to cut a card side out of it, best first. */
export interface CardSideCuts {
  located: LocatedImage;
  /** The page the MRZ stage already cut (its best outline, with its text boxes), if any. */
  first: ReadPage | null;
}

function cuts(engines: Engines, side: CardSideCuts): Array<() => Promise<ReadPage>> {
  const { source, documents } = side.located;
  const outline = (index: number) => async (): Promise<ReadPage> => {
    const found = documents[index]!;
    const size = canonicalSize('id1');
    const page = await engines.documentFinder.rectify(source, found.quad, size);
    return { side: source.side, source, quad: found.quad, size, page, upright: false, via: 'finder', mrz: null, mrzZone: null, mrzCharHeightPx: null };
  };
  const list: Array<() => Promise<ReadPage>> = [];
  if (side.first !== null) list.push(async () => side.first!);
  for (let index = side.first === null ? 0 : 1; index < documents.length && list.length < MAX_CUTS - 1; index++) list.push(outline(index));
  // An image too small to hold a document is not read as one (the locate stage did not search it either).
  if (Math.min(source.width, source.height) >= MIN_SEARCH_SIDE) list.push(async () => readPlainPage(engines, source, null, null));
  return list.slice(0, MAX_CUTS);
}

/** The best front and back scores any template gives this side. */
function recognition(side: ReadSide): { front: number; back: number } {
  let front = 0;
  let back = 0;
  for (const template of CARD_TEMPLATES) {
    const r = template.recognise(side.cardText);
    front = Math.max(front, r.front);
    back = Math.max(back, r.back);
  }
  return { front, back };
}

function recognised(side: ReadSide): boolean {
  const r = recognition(side);
  return Math.max(r.front, r.back) >= FRONT_MIN_SCORE;
}

/**
 * Reads the text of sides that carry no MRZ and keeps them when one of the national card templates recognises a
 * side as its front (issue 5); null when none does, so the caller goes on (or reports the document unsupported).
 * Each side is first read as cut; the sides no template recognised (as a front or a back) are cut again the next
 * way (cuts()) and read again, up to MAX_CUTS ways: a card's front read from the wrong outline is not left behind
 * because its back alone was enough to name the card.
 */
export async function readCardPages(engines: Engines, sides: readonly CardSideCuts[]): Promise<ReadPage[] | null> {
  const ways = sides.map((side) => cuts(engines, side));
  const read: Array<ReadSide | null> = sides.map(() => null);
  const present = (): ReadSide[] => read.filter((side): side is ReadSide => side !== null);
  for (let round = 0; round < MAX_CUTS; round++) {
    // Without any side taken for a front, a side seen only as a back is cut again too (a photo of both sides of
    // one card, outlined on its back).
    const noFront = !present().some((side) => recognition(side).front >= FRONT_MIN_SCORE);
    for (const [index, options] of ways.entries()) {
      const current = read[index] ?? null;
      const settled = current !== null && recognised(current) && !(noFront && recognition(current).front < FRONT_MIN_SCORE);
      if (round >= options.length || settled) continue;
      const next = await readSide(engines, await options[round]!());
      // A new cut replaces the old one only when it reads at least as well.
      if (current === null || recognition(next).front >= recognition(current).front || !recognised(current)) read[index] = next;
    }
    if (classifyCard(CARD_TEMPLATES, present().map((side) => side.cardText)) !== null && present().every(recognised)) break;
  }
  const sidesRead = present();
  return sidesRead.length > 0 && classifyCard(CARD_TEMPLATES, sidesRead.map((side) => side.cardText)) !== null ? sidesRead : null;
}
