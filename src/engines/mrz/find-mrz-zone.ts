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

const fillers = (text: string): number => [...toMrzAlphabet(text)].filter((c) => c === '<').length;

function looksLikeMrz(text: string): boolean {
  const length = toMrzAlphabet(text).length;
  return length >= 20 && length <= 50 && mrzAlphabetShare(text) >= 0.85;
}

/** TD1 lines are 30 characters; TD2/TD3 lines 36 or 44. */
function td1Like(lines: readonly ZoneLine[]): boolean {
  return lines.every((l) => Math.abs(toMrzAlphabet(l.text.text).length - 30) <= 4);
}

/**
 * The lines of a group that read as MRZ, when there are two, or three that read like TD1. Of three lines that do
 * not, the stacked pair with the most fillers: a capitalised caption can pass for MRZ text but carries no `<`.
 */
function pickMrzLines(group: readonly ZoneLine[]): ZoneLine[] | null {
  let picked = group.filter((l) => looksLikeMrz(l.text.text));
  if (picked.length === 3 && !td1Like(picked)) {
    const score = (pair: ZoneLine[]): number => pair.reduce((s, l) => s + fillers(l.text.text), 0);
    const [upper, lower] = [picked.slice(0, 2), picked.slice(1)];
    picked = score(lower) >= score(upper) ? lower : upper;
  }
  if (picked.length < 2 || !picked.some((l) => fillers(l.text.text) > 0)) return null;
  return picked;
}

/** The zone among the detector's `boxes` of `image`, or null. */
export async function findMrzZone(ocr: OcrEngine, image: PixelImage, boxes: readonly Quad[]): Promise<ZoneLine[] | null> {
  const groups = mrzLineGroups(lineCandidates(boxes));
  if (groups.length === 0) return null;
  const read = new Map<LineCandidate, ZoneLine>();
  const readGroup = async (group: readonly LineCandidate[]): Promise<ZoneLine[]> => {
    const missing = group.filter((l) => !read.has(l)).map((detected) => ({ detected, line: extendAlongInk(image, detected) }));
    const texts = await ocr.recognize(image, missing.map((m) => m.line.quad));
    missing.forEach((m, i) => read.set(m.detected, { ...m, text: texts[i]! }));
    return group.map((l) => read.get(l)!);
  };
  for (const group of groups.slice(0, MAX_GROUPS)) {
    const picked = pickMrzLines(await readGroup(group));
    if (!picked) continue;
    if (picked.length === 2 && td1Like(picked)) {
      // A pair of 30-character lines is two thirds of a TD1 zone: read the group that adds the third line.
      const triple = groups.find((g) => g.length === 3 && picked.every((p) => g.includes(p.detected)));
      const three = triple ? pickMrzLines(await readGroup(triple)) : null;
      if (three?.length === 3) return three;
    }
    return picked;
  }
  return null;
}
