import type { Check } from '../../verification/types.js';
import { roundQuad } from '../page-geometry.js';
import { completeCheck, countCheck, mrzLocatedChecks } from '../locate-checks.js';
import { hasMrzLikeLine, readOutlinedPage, readPlainPage, readWholeImage } from '../read-page-mrz.js';
import type { LocatedImage, ReadPage } from '../read-document.js';
import { NOTHING_READ, proceed, stop, type Stage } from '../stage.js';
import type { VerdictPolicy } from '../load-policy.js';
import type { Point } from '../../engines/vision/quad.js';
import { bandReadsAsCard, readCardPages } from '../read-card-pages.js';

/**
 * Stage 3: read the MRZ (ICAO 9303) of every located page, which also settles its orientation (upright or half a
 * turn). An image whose outline carries no MRZ, or that had no outline, is searched whole at each quarter turn,
 * so a tight scan or a page on clutter is still read. Sides where no MRZ is found have all their text read for the
 * national card templates (issue 5, read-card-pages.ts): first, when an outline shows no MRZ-like line at all;
 * else after the whole-image search failed. Nothing found anywhere → `DocumentNotFound` (D13; rejects,
 * D14). The reading itself (lines, corrections, readers) travels on; checks on its content come later.
 */
export const mrzStage: Stage<LocatedImage[], ReadPage[]> = {
  name: 'mrz',
  async run(located, context) {
    const { engines, policy } = context;
    // First every outline is read; only if none carries an MRZ are whole images searched (one document has one
    // MRZ, and a whole-image search costs up to four reads); sides left without MRZ are kept as plain pages.
    const outlined = await Promise.all(located.map(async (l) => (l.found === null ? null : readOutlinedPage(engines, l.source, l.found))));
    const read: Array<ReadPage | null> = outlined.map((page) => (page !== null && page.mrz !== null ? page : null));
    const cardLike = located.some((l, index) => outlineLooksLikeCard(l, outlined[index] ?? null));
    // Whether the card templates already read these sides (the same sides read again would come out the same).
    let cardsRead = false;
    if (read.every((page) => page === null) && cardLike) {
      cardsRead = true;
      // No outline carries an MRZ, and one is card-sized or holds no line an MRZ could be: the sides may be a
      // national card without one (issue 5). Its text is read before any whole-image MRZ search, which costs up to
      // four detections per image and finds nothing on such a card. (A page-sized outline with MRZ-like lines that
      // did not read is a passport page cut badly: the whole-image search comes first for it, the card reading after;
      // unless those lines read as prose, without one filler: an HKID's back notice outlined with paper round it.)
      const cards = await readCardPages(engines, located.map((l, index) => ({ located: l, first: outlined[index] ?? null })));
      if (cards !== null) return proceed(cards, cardLocateChecks(located, cards, policy));
    }
    const viaMrz = new Set<number>();
    // An outline that cuts through the MRZ (a corner placed inside the page) yields a reading whose check digits
    // fail: the whole image is searched too, and its reading kept when it proves valid. The finder's count of
    // documents still stands; completeness is then judged on the page estimated from the MRZ.
    const rescued = new Set<number>();
    for (const [index, page] of read.entries()) {
      if (page === null || page.mrz === null || page.mrz.parse.valid) continue;
      const whole = await readWholeImage(engines, located[index]!.source);
      if (whole?.mrz?.parse.valid === true) {
        read[index] = whole;
        rescued.add(index);
      }
    }
    for (const [index, l] of located.entries()) {
      if (read.some((page) => page !== null)) break;
      const whole = await readWholeImage(engines, l.source);
      if (whole !== null) {
        read[index] = whole;
        viaMrz.add(index);
      }
    }
    const pages: ReadPage[] = [];
    const locateChecks: Check[] = [];
    for (const [index, l] of located.entries()) {
      let page = read[index] ?? null;
      if (page === null && l.found !== null) page = await readPlainPage(engines, l.source, l.found, outlined[index] ?? null);
      if (page === null) continue;
      pages.push(page);
      if (viaMrz.has(index)) locateChecks.push(...mrzLocatedChecks(l.source, page.quad));
      else if (rescued.has(index)) locateChecks.push(countCheck(l.source, l.documents, policy), ...mrzLocatedChecks(l.source, page.quad).filter((c) => c.id !== 'document.count'));
      else if (l.found !== null && page.via !== 'frame') locateChecks.push(countCheck(l.source, l.documents, policy), completeCheck(l.source, l.found));
    }
    if (pages.every((page) => page.mrz === null) && !cardsRead) {
      // No MRZ anywhere: the sides (outlined, or the whole frame where no outline was found: a tight scan, a card
      // on clutter) may still be a national card.
      // Each side's outline where the finder gave one (however small: a card photographed from afar), else the whole
      // frame (read-card-pages.ts tries the next cuts).
      const cards = await readCardPages(engines, located.map((l, index) => ({ located: l, first: outlined[index] ?? null })));
      if (cards !== null) return proceed(cards, [...locateChecks, ...foundChecks(cards)]);
    }
    if (pages.length === 0) {
      return stop(NOTHING_READ, [
        {
          id: 'document.found',
          status: 'fail',
          score: null,
          threshold: null,
          warn: 'DocumentNotFound',
          evidence: { message: 'no document outline and no MRZ in any image', values: { images: String(located.length) } },
        },
      ]);
    }
    return proceed(pages, [...locateChecks, ...foundChecks(pages)]);
  },
};

/**
 * Whether an image's outline, read without finding an MRZ, looks like a national card's rather than a passport page
 * cut short: the card templates then read it before any whole-image MRZ search. So does an ID-1 outline, a page
 * whose long lines read as prose (no filler in any, both ways up), one whose band lines already read as a national
 * card (bandReadsAsCard), and one without any line an MRZ could be. An outline running out of the frame shows only
 * part of something (a printed sheet's corner beside a passport the finder missed, which sent the passport through
 * some 100 card line readings before its MRZ was searched for): its shape and text say nothing of the image.
 */
export function outlineLooksLikeCard(located: LocatedImage, page: ReadPage | null): boolean {
  if (page === null || located.found === null || located.found.cut) return false;
  return (
    located.found.aspect === 'id1' ||
    page.bandHoldsProse === true ||
    (page.bandTexts !== undefined && bandReadsAsCard(page.bandTexts)) ||
    (page.textBoxes !== undefined && !hasMrzLikeLine(page.page, page.textBoxes))
  );
}

function foundChecks(pages: readonly ReadPage[]): Check[] {
  const how = { finder: 'document outline found', mrz: 'document located by its MRZ', frame: 'the document fills the frame' };
  return pages.map((page) => ({
    id: 'document.found',
    status: 'pass',
    score: null,
    threshold: null,
    warn: 'DocumentNotFound',
    evidence: {
      message: how[page.via],
      regions: [{ side: page.side, quad: roundQuad(page.quad) }],
      values: { side: page.side, via: page.via, mrz: String(page.mrz !== null) },
    },
  }));
}

/** A card read from its outlines: each outlined image's count and completeness, as for an MRZ page. */
function cardLocateChecks(located: readonly LocatedImage[], pages: readonly ReadPage[], policy: VerdictPolicy): Check[] {
  const checks: Check[] = [];
  for (const l of located) {
    // The outline the card was read from (the finder's best, or a later one when the best held no card).
    const page = pages.find((p) => p.source === l.source);
    // Compared as sets of corners: reading may have turned the page, which re-orders them.
    const sameCorners = (a: readonly Point[], b: readonly Point[]): boolean => a.every(([x, y]) => b.some(([u, v]) => u === x && v === y));
    const outline = page?.via === 'finder' ? l.documents.find((doc) => sameCorners(doc.quad, page.quad)) : undefined;
    if (outline !== undefined) checks.push(countCheck(l.source, l.documents, policy), completeCheck(l.source, outline));
  }
  return [...checks, ...foundChecks(pages)];
}
