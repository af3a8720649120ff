// Finds the machine-readable zone: detector boxes → long stacked line groups (mrz-line-candidates.ts), best
// first → each line followed along its ink to its true end (ink-extent.ts) and read by the OCR → the first group
// whose lines read as MRZ text. A line is read once however many groups it belongs to.

import type { Quad } from '../ocr/geometry.js';
import type { OcrEngine, RecognizedText } from '../ocr/ocr-engine.js';
import type { PixelImage } from '../ocr/pixel-image.js';
import { extendAlongInk } from './ink-extent.js';
import { mrzAlphabetShare, toMrzAlphabet } from './mrz-alphabet.js';
import { lineCandidates, mrzLineGroups, type LineCandidate } from './mrz-line-candidates.js';

export interface ZoneLine {
  /** The line as the detector found it (identity of the line across groups). */
  detected: LineCandidate;
  /** The line extended along its ink, as read. */
  line: LineCandidate;
  text: RecognizedText;
}

/** Groups read before giving up: each costs a recognition pass over its lines not read yet. */
const MAX_GROUPS = 2;
/**
 * Further groups read when the first MAX_GROUPS fail, if every line is as long as a whole MRZ line (about 19 box
 * heights for 30 characters, 28 for 44): text on clutter lower in the frame (a printed sheet beside the page) can
 * outrank the zone by position while its lines are only ten-odd heights long.
 */
const MAX_FULL_LENGTH_GROUPS = 2;
const FULL_LENGTH_ASPECT = 18;
/** A geometrically whole MRZ line whose OCR reading dropped its fillers still has this many characters. */
const MIN_SHORT_READ = 8;

const fillers = (text: string): number => [...toMrzAlphabet(text)].filter((c) => c === '<').length;

function looksLikeMrz(text: string): boolean {
  const length = toMrzAlphabet(text).length;
  return length >= 20 && length <= 50 && mrzAlphabetShare(text) >= 0.85;
}

/**
 * A line as long on the image as the group's longest whose OCR reading is MRZ alphabet but short: the recogniser
 * drops filler runs on blurred or low-contrast photos (`P<MYSBINTI<<…` read `PMYBNTIMALTIAMN`). Its characters
 * are read again by the template reader over the zone's common extent.
 */
function shortMrzRead(line: ZoneLine, group: readonly ZoneLine[]): boolean {
  const longest = Math.max(...group.map((l) => l.line.width));
  const length = toMrzAlphabet(line.text.text).length;
  return line.line.width >= 0.9 * longest && length >= MIN_SHORT_READ && length < 20 && mrzAlphabetShare(line.text.text) >= 0.85;
}

/** The longest OCR reading still taken for a 30-character TD1 line (a TD2 line is 36). */
const TD1_LONGEST_READ = 34;

/** TD1 lines are 30 characters; TD2/TD3 lines 36 or 44. */
function td1Like(lines: readonly ZoneLine[]): boolean {
  return lines.every((l) => Math.abs(toMrzAlphabet(l.text.text).length - 30) <= 4);
}

/**
 * Two lines that may be two thirds of a TD1 zone: both read as 30 characters, or one does and the other, a whole
 * line on the image, was read short (`WE1E1<<<<<<` for `WEISS<<JUELIA<<<…`); neither reads as long as a TD2 or TD3
 * line. Such a pair alone would be taken for a TD2 zone.
 */
function twoThirdsOfTd1(pair: readonly ZoneLine[]): boolean {
  if (td1Like(pair)) return true;
  const lengths = pair.map((l) => toMrzAlphabet(l.text.text).length);
  return lengths.every((n) => n <= TD1_LONGEST_READ) && lengths.some((n) => Math.abs(n - 30) <= 4) && pair.some((l) => shortMrzRead(l, pair));
}

/**
 * The lines of a group that read as MRZ, when there are two, or three that read like TD1. Of three lines that do
 * not, the stacked pair with the most fillers: a capitalised caption can pass for MRZ text but carries no `<`.
 */
function pickMrzLines(group: readonly ZoneLine[]): ZoneLine[] | null {
  let picked = group.filter((l) => looksLikeMrz(l.text.text));
  // Only a pair completed by one short reading: a whole zone read short has nothing to anchor it.
  if (picked.length === 1 && group.length === 2 && fillers(picked[0]!.text.text) > 0) {
    const other = group.find((l) => l !== picked[0])!;
    if (shortMrzRead(other, group)) picked = [...group];
  }
  // A TD1 zone with one line read short: the other two read no longer than a TD1 line (three lines of 36 or 44
  // characters are no zone).
  if (picked.length === 2 && group.length === 3) {
    const other = group.find((l) => !picked.includes(l))!;
    if (shortMrzRead(other, group) && picked.every((l) => toMrzAlphabet(l.text.text).length <= TD1_LONGEST_READ)) return [...group];
  }
  if (picked.length === 3 && !td1Like(picked)) {
    const score = (pair: ZoneLine[]): number => pair.reduce((s, l) => s + fillers(l.text.text), 0);
    const [upper, lower] = [picked.slice(0, 2), picked.slice(1)];
    picked = score(lower) >= score(upper) ? lower : upper;
  }
  if (picked.length < 2 || !picked.some((l) => fillers(l.text.text) > 0)) return null;
  return picked;
}

/** The zone among the detector's `boxes` of `image`, or null; `onLineRead` hears every candidate line's reading. */
export async function findMrzZone(ocr: OcrEngine, image: PixelImage, boxes: readonly Quad[], onLineRead?: (text: string) => void): Promise<ZoneLine[] | null> {
  const groups = mrzLineGroups(lineCandidates(boxes));
  if (groups.length === 0) return null;
  const read = new Map<LineCandidate, ZoneLine>();
  const readGroup = async (group: readonly LineCandidate[]): Promise<ZoneLine[]> => {
    const missing = group.filter((l) => !read.has(l)).map((detected) => ({ detected, line: extendAlongInk(image, detected) }));
    const texts = await ocr.recognize(image, missing.map((m) => m.line.quad));
    missing.forEach((m, i) => {
      read.set(m.detected, { ...m, text: texts[i]! });
      onLineRead?.(texts[i]!.text);
    });
    return group.map((l) => read.get(l)!);
  };
  const fullLength = (g: readonly LineCandidate[]): boolean => g.every((l) => l.width >= FULL_LENGTH_ASPECT * l.height);
  const tried = [...groups.slice(0, MAX_GROUPS), ...groups.slice(MAX_GROUPS).filter(fullLength).slice(0, MAX_FULL_LENGTH_GROUPS)];
  for (const group of tried) {
    const picked = pickMrzLines(await readGroup(group));
    if (!picked) continue;
    if (picked.length === 2 && twoThirdsOfTd1(picked)) {
      // A pair of 30-character lines is two thirds of a TD1 zone: read the group that adds the third line.
      const triple = groups.find((g) => g.length === 3 && picked.every((p) => g.includes(p.detected)));
      const three = triple ? pickMrzLines(await readGroup(triple)) : null;
      if (three?.length === 3) return three;
    }
    return picked;
  }
  return null;
}
