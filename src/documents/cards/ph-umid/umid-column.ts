/**
 * The UMID front's text column read by position, for when its captions are not. The captions (`SURNAME`,
 * `GIVEN NAME`, …) are printed at about half the height of the values, and on a photo taken from arm's length they
 * come back as `GVEN NAE`, `CNEN SANN` or nothing at all while the names under them read cleanly. The layout
 * itself is fixed: right of the portrait, one left-aligned column holds, top to bottom, SURNAME, GIVEN NAME and
 * MIDDLE NAME, each caption over its value, then the SEX / DATE OF BIRTH row, then ADDRESS over its lines. The
 * birth date (its own pattern) splits the column into the name block above and the address block below; within a
 * block, a line is a caption when it reads like one or is clearly shorter than the block's values.
 */

import { centreY, type CardLine, type CardSideText } from '../card-text.js';
import { chainColumn } from '../common/column-chain.js';
import { captionPrefixScore } from '../ph-common/ph-card-fields.js';
import { squash, similarity } from '../text-match.js';

/** Lines whose left edges lie this close (fraction of the card width) share a column. */
const COLUMN_TOLERANCE = 0.02;
/** A column needs this many lines to be the card's text column (three names, the sex, an address line). */
const MIN_COLUMN_LINES = 5;
/** Consecutive lines of a block are at most this many line heights apart. */
const MAX_GAP = 1.5;
/** A caption is printed at about 0.7 of its value's height; values vary less than that within a block. */
const CAPTION_HEIGHT_RATIO = 0.8;
/** A misread caption still shares this much with its phrase (`VDOLNAN` for MIDDLE NAME does not; height decides). */
const CAPTION_LIKENESS = 0.6;

export interface UmidColumn {
  /** Surname, given name and middle name, in that order: only when exactly three values were found. */
  names: [CardLine, CardLine, CardLine] | null;
  /** A lone `M`/`F` in the column on the birth date's row. */
  sex: CardLine | null;
  address: CardLine[];
}

function readsLikeCaption(line: CardLine, captions: readonly string[]): boolean {
  const s = squash(line.text);
  if (s === '') return true;
  return captions.some((c) => {
    const p = squash(c);
    // A short caption (`SEX`) only as the whole line: a name may begin with its letters (`SENA`).
    if (p.length < 5) return s.length <= p.length + 1 && similarity(s, p) >= CAPTION_LIKENESS;
    return captionPrefixScore(line.text, c) >= CAPTION_LIKENESS;
  });
}

/** The lines of `block` (top to bottom) that are not captions. */
function values(block: readonly CardLine[], captions: readonly string[]): CardLine[] {
  const tallest = Math.max(0, ...block.map((l) => l.box.height));
  return block.filter((l) => !readsLikeCaption(l, captions) && l.box.height >= tallest * CAPTION_HEIGHT_RATIO);
}

/**
 * The column read by position around `birth`, the line holding the birth date. Null when no left-aligned column
 * of enough lines runs through the birth date's row.
 */
export function readUmidColumn(text: CardSideText, birth: CardLine, captions: { names: readonly string[]; address: readonly string[] }): UmidColumn | null {
  const others = text.lines.filter((l) => l !== birth);
  let column: CardLine[] = [];
  for (const seed of others) {
    const members = others.filter((l) => Math.abs(l.box.x - seed.box.x) <= COLUMN_TOLERANCE);
    if (members.length > column.length) column = members;
  }
  if (column.length < MIN_COLUMN_LINES) return null;
  // The birth row: the date itself (`M 1990/01/31` read as one line starts the column) or the sex left of it.
  const rowY = centreY(birth.box);
  const onRow = (l: CardLine): boolean => Math.abs(centreY(l.box) - rowY) < Math.max(l.box.height, birth.box.height) * 0.6;
  // The sex may go undetected (a single glyph): the date then anchors the row, if it lies right of the column.
  const columnX = column.reduce((sum, l) => sum + l.box.x, 0) / column.length;
  if (birth.box.x < columnX - COLUMN_TOLERANCE) return null;
  const rowStart = column.find(onRow) ?? birth;

  const sexLine = column.find((l) => onRow(l) && /^\s*[MF]\s*$/i.test(l.text)) ?? null;
  const nameBlock = chainColumn(column.filter((l) => !onRow(l)), rowStart, 'up', MAX_GAP);
  const named = values(nameBlock, captions.names);
  const addressBlock = chainColumn(column.filter((l) => !onRow(l)), rowStart, 'down', MAX_GAP);
  // Leading captions only: an address's own short last line (`MANILA`) is still the address.
  const addressValues = values(addressBlock, captions.address);
  const firstValue = addressValues[0];
  const address = firstValue === undefined ? [] : addressBlock.slice(addressBlock.indexOf(firstValue)).filter((l) => !readsLikeCaption(l, captions.address)).slice(0, 3);
  return {
    names: named.length === 3 ? [named[0]!, named[1]!, named[2]!] : null,
    sex: sexLine,
    address,
  };
}
