import { CARD_TEMPLATES } from '../documents/cards/templates.js';
import { BACK_MIN_SCORE, classifyCard, FRONT_MIN_SCORE, recogniseSide } from '../documents/cards/classify-card.js';
import type { CardSideText } from '../documents/cards/card-text.js';
import type { CardTemplate } from '../documents/cards/card-template.js';
import type { Engines } from '../engines/engines.js';
import { canonicalSize } from '../engines/vision/document-finder.js';
import { MIN_SIDE_LINES, readCardSide, turnCardSide } from './read-card-side.js';
import type { LocatedImage, ReadPage } from './read-document.js';
import { MIN_SEARCH_SIDE } from './stages/locate-stage.js';
import { frameCut, frameText, type FrameText } from './text-cluster-cut.js';

/**
 * Ways of cutting one side tried at most: the finder's best outline, its next one (a sheet of printed paper beside
 * the card can outscore the card), the whole frame or, when its text runs several ways, the lines of each of up to
 * FRAME_GROUPS directions (a card at an angle to the sheets of print round it, text-cluster-cut.ts).
 */
const FRAME_GROUPS = 3;
const MAX_CUTS = 2 + FRAME_GROUPS;
/** Readings of one side at most: each cut, then each cut half a turn round. */
const MAX_ATTEMPTS = 2 * MAX_CUTS;

type ReadSide = ReadPage & { cardText: CardSideText };

/** A back is taken as recognised from its larger lines alone at this score (a second side counts from 0.6)… */
const PROBE_BACK_SCORE = 0.8;
/** …when every other template scores the side this much lower, as its front or its back. */
const PROBE_BACK_LEAD = 0.2;

/**
 * Whether the larger lines of a side, read first, already show a back that needs no more reading: one template
 * sees its back there (PROBE_BACK_SCORE), well ahead of every other template's front or back (PROBE_BACK_LEAD,
 * so classifyCard's front/back mismatch test comes out as it would on the whole side), does not see its front, and
 * reads no field from its back (`sides`). An LTO licence's back prints 40-odd lines of codes, conditions and
 * notices that no seed key takes; reading them took about 0.5–0.9 s. Anything less clear reads the whole side.
 */
export function backNeedsNoMore(probe: CardSideText): boolean {
  const seen = CARD_TEMPLATES.map((template) => ({ template, r: recogniseSide(template, probe) })).sort((a, b) => b.r.back - a.r.back);
  const [best, ...rest] = seen;
  if (best === undefined || best.r.back < PROBE_BACK_SCORE || best.r.front >= BACK_MIN_SCORE || best.template.sides.includes('back')) return false;
  return rest.every(({ r }) => Math.max(r.front, r.back) <= best.r.back - PROBE_BACK_LEAD);
}

/**
 * A template's front score for the band's few lines that puts the card reading first. Below a side's own threshold
 * (FRONT_MIN_SCORE): the band holds only part of the side (three of a KTP's captions scored 0.72), and the score
 * only orders the two readings, both of which still run when the first finds nothing.
 */
const BAND_CARD_SCORE = 0.5;

/**
 * Whether lines read in a page's MRZ band, which held no MRZ, already show a national card to one of its templates
 * (a KTP's `PROVINSI JAWA TENGAH`, `KABUPATEN CILACAP`): the card is then read before any whole-image MRZ search.
 * A card photographed at a slant can outline in a passport page's shape, and its long lines pass for MRZ lines;
 * the search found nothing on such cards and cost about 0.4 s (two detections, a dozen line readings).
 */
export function bandReadsAsCard(texts: readonly string[]): boolean {
  // An MRZ cut short still reads fillers somewhere.
  if (texts.some((text) => text.includes('<'))) return false;
  const lines = texts.map((text, i) => ({ text, confidence: 1, box: { x: 0, y: i / texts.length, width: 1, height: 0.5 / texts.length } }));
  const probe: CardSideText = { side: 'front', lines, pageWidth: 1000, pageHeight: 1000 };
  // Fronts only: a back's score is a fuzzy match of its notices, 0.6 for a British passport's title against the
  // LTO back's phrases; a back's notice in the band reads as prose (bandHoldsProse) anyway.
  return CARD_TEMPLATES.some((template) => template.recognise(probe).front >= BAND_CARD_SCORE);
}

/** A run of MRZ fillers (ICAO 9303-3 §4.3), as the recogniser reads them (`<` or a look-alike), on a card side. */
const MRZ_FILLER_RUN = /[<«‹]{5}/;

/** Lines of a few glyphs at least: a stray digit read off a portrait or a pattern says nothing. */
function worded(text: CardSideText): number {
  return text.lines.filter((line) => line.text.replace(/\s+/g, '').length >= 3).length;
}

/**
 * Reads a cut; a finder outline that holds too little text to be a card side is compared with the side's frame
 * reading (`frameReading`, read once per side however many outlines fall back to it).
 */
async function readCut(engines: Engines, page: ReadPage, frameReading: () => Promise<ReadSide | null>): Promise<ReadSide> {
  const { page: settled, text } = await readCardSide(engines, page, { enough: backNeedsNoMore });
  if (page.via === 'finder' && worded(text) < MIN_SIDE_LINES) {
    const frame = await frameReading();
    if (frame !== null && worded(frame.cardText) > worded(text)) return frame;
  }
  return { ...settled, cardText: text };
}

/** One submitted image and the ways to cut a card side out of it, best first. */
export interface CardSideCuts {
  located: LocatedImage;
  /** The page the MRZ stage already cut (its best outline, with its text boxes), if any. */
  first: ReadPage | null;
}

interface SideCuts {
  /** The ways of cutting the side, best first. */
  list: Array<() => Promise<ReadPage | null>>;
  /** The frame's main cut (null for an image too small to search): a second look at a front cut short. */
  frame: () => Promise<ReadPage | null>;
  /** The frame's cuts, one per direction its text runs (the main cut first), in `list` too. */
  frameGroups: ReadonlyArray<() => Promise<ReadPage | null>>;
}

/**
 * What one side's cuts read, each at most once: the frame is where every outline holding too little text falls
 * back to, a cut of its own, and the second look at a front cut short; each reading is also turned at most once.
 * (A card photographed on a page of a book: its frame holds 170 lines, and each of its two outlines fell back to
 * the frame, each then read turned: 38 s of recognition for one image.)
 */
interface SideReader {
  frame: () => Promise<ReadSide | null>;
  cut: (cut: () => Promise<ReadPage | null>) => Promise<ReadSide | null>;
  /** The reading of a cut already read, else undefined (nothing is read). */
  readBefore: (cut: () => Promise<ReadPage | null>) => Promise<ReadSide | null> | undefined;
  turned: (reading: ReadSide) => Promise<ReadSide>;
}

function sideReader(engines: Engines, cuts: SideCuts): SideReader {
  let frameReading: Promise<ReadSide | null> | null = null;
  const cutReadings = new Map<() => Promise<ReadPage | null>, Promise<ReadSide | null>>();
  const turnedReadings = new Map<ReadSide, Promise<ReadSide>>();
  const frame = (): Promise<ReadSide | null> =>
    (frameReading ??= cuts.frame().then((page) => (page === null ? null : readCut(engines, page, async () => null))));
  const readOnce = async (cut: () => Promise<ReadPage | null>): Promise<ReadSide | null> => {
    if (cut === cuts.frame) return frame();
    const page = await cut();
    return page === null ? null : readCut(engines, page, frame);
  };
  return {
    frame,
    cut(cut) {
      let reading = cutReadings.get(cut);
      if (reading === undefined) {
        reading = readOnce(cut);
        cutReadings.set(cut, reading);
      }
      return reading;
    },
    readBefore: (cut) => cutReadings.get(cut),
    turned(reading) {
      let turned = turnedReadings.get(reading);
      if (turned === undefined) {
        turned = readCut(engines, turnCardSide(reading), frame);
        turnedReadings.set(reading, turned);
      }
      return turned;
    },
  };
}

function cuts(engines: Engines, side: CardSideCuts): SideCuts {
  const { source, documents } = side.located;
  const outline = (index: number) => async (): Promise<ReadPage> => {
    const found = documents[index]!;
    const size = canonicalSize('id1');
    const page = await engines.documentFinder.rectify(source, found.quad, size);
    return { side: source.side, source, quad: found.quad, size, page, upright: false, via: 'finder', mrz: null, mrzZone: null, mrzCharHeightPx: null };
  };
  const list: Array<() => Promise<ReadPage | null>> = [];
  if (side.first !== null) list.push(async () => side.first!);
  for (let index = side.first === null ? 0 : 1; index < documents.length && list.length < MAX_CUTS - FRAME_GROUPS; index++) list.push(outline(index));
  // An image too small to hold a document is not read as one (the locate stage did not search it either).
  // The frame's text is detected once for all of its cuts.
  let text: Promise<FrameText> | null = null;
  const frameTextOnce = (): Promise<FrameText> => (text ??= frameText(engines, side.located));
  const searchable = Math.min(source.width, source.height) >= MIN_SEARCH_SIDE;
  const frame = async (): Promise<ReadPage | null> => (searchable ? frameCut(engines, side.located, await frameTextOnce(), 0) : null);
  const frameGroups: Array<() => Promise<ReadPage | null>> = [];
  if (searchable) {
    frameGroups.push(frame);
    for (let group = 1; group < FRAME_GROUPS; group++) frameGroups.push(async () => frameCut(engines, side.located, await frameTextOnce(), group));
  }
  list.push(...frameGroups);
  return { list: list.slice(0, MAX_CUTS), frame, frameGroups: frameGroups.filter((cut) => list.slice(0, MAX_CUTS).includes(cut)) };
}

/** The best front and back scores any template gives this side (each computed once: recogniseSide). */
function recognition(side: ReadSide): { front: number; back: number } {
  let front = 0;
  let back = 0;
  for (const template of CARD_TEMPLATES) {
    const r = recogniseSide(template, side.cardText);
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
 * While no side is taken for a front, every side not yet a front is read again: the same cut half a turn round,
 * then the next cut (cuts()), up to MAX_CUTS cuts. A back alone does not stop the search (a photo of both sides of
 * a card outlined on its back); once a front is found, the other sides stay as first read.
 */
export async function readCardPages(engines: Engines, sides: readonly CardSideCuts[]): Promise<ReadPage[] | null> {
  const ways = sides.map((side) => cuts(engines, side));
  const readers = ways.map((way) => sideReader(engines, way));
  const best: Array<ReadSide | null> = sides.map(() => null);
  const present = (): ReadSide[] => best.filter((side): side is ReadSide => side !== null);
  const isFront = (side: ReadSide): boolean => recognition(side).front >= FRONT_MIN_SCORE;
  // Each cut is read as it comes, then half a turn round (an upside-down card whose page was set upright by other,
  // larger text: a printed sheet under it).
  for (let step = 0; step < MAX_ATTEMPTS; step++) {
    // Once one side is taken for a front, the card is named: the other sides stay as first read.
    if (step > 0 && present().some(isFront)) break;
    const [cutIndex, turn] = [Math.floor(step / 2), step % 2 === 1];
    for (const [index, options] of ways.entries()) {
      const current = best[index] ?? null;
      const cut = options.list[cutIndex];
      // A side already read stays so once any side is a front, also one found earlier in this same step (an LTO
      // back read again upside down after its front was found: some 50 lines of garbage, 1.2 s).
      if (cut === undefined || (current !== null && present().some(isFront))) continue;
      let next: ReadSide;
      if (!turn) {
        const read = await readers[index]!.cut(cut);
        if (read === null) continue;
        next = read;
      } else {
        const first = await readers[index]!.readBefore(cut);
        if (first == null) continue;
        next = await readers[index]!.turned(first);
      }
      if (current === null || recognition(next).front > recognition(current).front || (!recognised(current) && recognised(next))) best[index] = next;
    }
  }
  if (present().length === 0) return null;
  // A side printing an MRZ line is an MRZ document, whatever card its other print recalls: no national card of the
  // seed prints one (a Singapore passport outlined without its top MRZ line, upside down, was read as an NRIC from
  // its `REPUBLIC OF SINGAPORE`). The caller goes on to the whole-image MRZ search.
  if (present().some((side) => side.cardText.lines.some((line) => MRZ_FILLER_RUN.test(line.text)))) return null;
  const classification = classifyCard(CARD_TEMPLATES, present().map((side) => side.cardText));
  if (classification === null) return null;
  // A back that shows nothing of the named card's back (its first cut an outline round a sheet of print beside the
  // card: an NRIC's back lying on its side by printed sheets) is looked for in the side's other cuts, first match
  // kept. Only for a template that reads its back, and only while the side shows no other document.
  const { template } = classification;
  for (const [index, side] of best.entries()) {
    if (side === null || side.cardText === classification.front || !template.sides.includes('back') || classification.mismatch !== null) continue;
    if (recogniseSide(template, side.cardText).back >= BACK_MIN_SCORE) continue;
    for (const cut of ways[index]!.list) {
      const reading = await readers[index]!.cut(cut);
      if (reading === null) continue;
      if (recogniseSide(template, reading.cardText).back >= BACK_MIN_SCORE) {
        best[index] = reading;
        break;
      }
    }
  }
  // A front from which the template cannot read its key fields is looked at again in the frame's cuts, and the
  // cut where the template reads the most fields is kept:
  // - an outline round the MyKad's title box alone, recognised by its title and number;
  // - an outline whose text runs to the cut's edge (the outline cut through the card: its corners placed on a sheet
  //   of paper under it), even with its key fields read;
  // - one direction of a frame whose text runs several ways: the sheets of print under a card turned a quarter,
  //   cut out along their lines, take the card in too, and its title read crossways names the card while its
  //   fields come out in fragments (an LTO licence's `FLORES,`, `S PAOLO SO RIANO`); the card's own direction
  //   reads them whole.
  for (const [index, side] of best.entries()) {
    if (side === null || side.via === 'mrz' || side.cardText !== classification.front) continue;
    const read = frontFields(template, side.cardText);
    const keysRead = template.keyFields.every((key) => (read[key] ?? '') !== '');
    if (keysRead && (side.via === 'frame' || !textAtEdge(side.cardText))) continue;
    let most = filled(read);
    for (const cut of ways[index]!.frameGroups) {
      const reading = await readers[index]!.cut(cut);
      if (reading === null || reading === side) continue;
      const count = filled(frontFields(template, reading.cardText));
      if (recogniseSide(template, reading.cardText).front >= FRONT_MIN_SCORE && count > most) {
        best[index] = reading;
        most = count;
      }
    }
  }
  return present();
}

/**
 * Text within this share of a cut's edge runs off it. The detector clamps its boxes to the page, so a line the cut
 * clips ends on the edge itself; printed text stops short of it. The Thai card prints its "Date of Issue" caption
 * 0.7 mm (1.3 %) above its lower edge: at 1.5 % every well-cut Thai front was read from the frame a second time
 * (two detections and some 30 lines, 0.5–0.8 s here).
 */
const EDGE = 0.006;

export function textAtEdge(text: CardSideText): boolean {
  return text.lines.some((l) => l.text.replace(/\s+/g, '').length >= 3 && (l.box.y < EDGE || l.box.y + l.box.height > 1 - EDGE || l.box.x < EDGE || l.box.x + l.box.width > 1 - EDGE));
}

/** The seed fields a template reads from a front alone. */
function frontFields(template: CardTemplate, front: CardSideText): Record<string, string> {
  return template.read({ front, back: null }, { today: new Date().toISOString().slice(0, 10) }).fields;
}

/** How many of the fields hold a value. */
function filled(fields: Record<string, string>): number {
  return Object.values(fields).filter((value) => value !== '').length;
}
