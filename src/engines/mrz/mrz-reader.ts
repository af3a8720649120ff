// The MRZ reader: finds the machine-readable zone on a rectified document or an upright page, reads each line
// with the OCR engine and with the OCR-B template reader, keeps per field what the check digits prove (else what
// the field may hold, else the clearer reading: merge-readings.ts), then applies the proven corrections of
// correctMrz (ICAO 9303 part 3 §4.9 check digits and the §4.6 filler rule). Built once per worker with the
// worker's OCR engine; the templates render once here.

import { correctMrz } from '../../documents/mrz/index.js';
import { mapQuad, minAreaRect, rectCorners, type Quad, type Rect } from '../ocr/geometry.js';
import type { OcrEngine } from '../ocr/ocr-engine.js';
import type { PixelImage } from '../ocr/pixel-image.js';
import { alignOcr, mrzChars } from './align-ocr.js';
import { findMrzZone, type ZoneLine } from './find-mrz-zone.js';
import { cropLine } from './line-crop.js';
import { isTrusted, mergeReadings, type LineEvidence } from './merge-readings.js';
import { commonExtent, type LineCandidate } from './mrz-line-candidates.js';
import type { MrzReading } from './mrz-reading.js';
import { renderOcrbTemplates, type GlyphTemplates } from './ocrb-templates.js';
import { rotate180 } from './rotate-180.js';
import { readZoneTemplates } from './zone-templates.js';

export interface MrzReaderOptions {
  ocr: OcrEngine;
  /** Glyph templates of the second reader; rendered from the project's OCR-B font when omitted; null: no second reader. */
  templates?: GlyphTemplates | null;
}

export interface ReadMrzOptions {
  /** Search only this part of the image (for a rectified document: its bottom part). */
  region?: Rect;
  /**
   * Longest side the detector sees. 960 keeps MRZ glyphs of a page filling a phone photo at about 10 px, enough for
   * the detector, while bounding its time and memory (engine-notes.md).
   */
  detectorMaxSide?: number;
  /** Reference date for two-digit years (parseMrz). */
  today?: string | Date;
  /** Also look for the zone upside down when none is found upright (default true). */
  tryUpsideDown?: boolean;
  /**
   * Text boxes the caller already detected on this whole image at `detectorMaxSide`: the detector is not run again
   * (a page's one detection is shared by its MRZ and visual-zone reads); only boxes centred in `region` are used.
   */
  boxes?: readonly Quad[];
  /** Told every candidate line's OCR reading as it is read (what a band held when no zone is found in it). */
  onLineRead?: (text: string) => void;
}

export interface MrzReader {
  /** The MRZ of the image, or null when no zone of two or three MRZ-like lines is found. */
  read(image: PixelImage, options?: ReadMrzOptions): Promise<MrzReading | null>;
}

const DEFAULT_DETECTOR_MAX_SIDE = 960;
/**
 * When no valid zone is found in a search area this much larger than the detector's input, it is searched once
 * more at FALLBACK_DETECTOR_MAX_SIDE and the better reading kept: in a phone photo where the document fills a small
 * part of the frame, MRZ glyphs shrink below what the detector sees at 960. Measured on a 3840×2160 photo: about
 * 0.4 s and 680 MB peak RSS at 1600, against 0.1 s and 380 MB at 960. A rectified document of at most 1440 px
 * never takes this path.
 */
const FALLBACK_RATIO = 1.5;
const FALLBACK_DETECTOR_MAX_SIDE = 1600;

/** Boxes centred inside `region` (all of them without one): what a detection of that region alone would hold. */
function boxesIn(boxes: readonly Quad[], region: Rect | undefined): Quad[] {
  if (!region) return [...boxes];
  return boxes.filter((q) => {
    const x = (q[0].x + q[1].x + q[2].x + q[3].x) / 4;
    const y = (q[0].y + q[1].y + q[2].y + q[3].y) / 4;
    return x >= region.x && x < region.x + region.width && y >= region.y && y < region.y + region.height;
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/** Position along `line`'s axis, as a fraction of `line`'s own span, of an image point. */
function fractionAlong(line: LineCandidate, x: number, y: number): number {
  const u = (x - line.quad[0].x) * line.axis.x + (y - line.quad[0].y) * line.axis.y;
  return u / Math.max(1, line.width);
}

export function createMrzReader(options: MrzReaderOptions): MrzReader {
  const { ocr } = options;
  const templates = options.templates === undefined ? renderOcrbTemplates() : options.templates;

  async function readZone(image: PixelImage, boxes: readonly Quad[], opts: ReadMrzOptions): Promise<MrzReading | null> {
    const zone = await findMrzZone(ocr, image, boxes, opts.onLineRead);
    if (!zone) return null;
    // All MRZ lines have one length: the template reader reads each over the zone's common extent.
    const full = commonExtent(zone.map((l) => l.line));
    const crops = full.map((l) => cropLine(image, l.quad));
    const { length, lines: templateLines } = readZoneTemplates(crops, zone.map((l) => l.text.text), templates);
    const heights: number[] = [];
    const evidence = zone.map((z: ZoneLine, i): LineEvidence => {
      const crop = crops[i]!;
      const template = templateLines[i] ?? null;
      if (template) heights.push(template.charHeight / crop.scale);
      // Cell centres → image points on the line's axis → fractions of the span the OCR read.
      const line = full[i]!;
      const span = Math.max(1, crop.to - crop.from);
      const centres = template?.cellCentres.map((x) => {
        const t = (x - crop.from) / span;
        return fractionAlong(z.line, line.quad[0].x + t * (line.quad[1].x - line.quad[0].x), line.quad[0].y + t * (line.quad[1].y - line.quad[0].y));
      });
      const chars = mrzChars(z.text.chars);
      const guide = template && centres ? { text: template.text, centres, trusted: isTrusted(template) } : null;
      return { ocrText: chars.map((c) => c.char).join(''), ocrCells: alignOcr(chars, length, guide), template };
    });
    const merged = mergeReadings(evidence);
    const corrected = correctMrz(merged.lines, { today: opts.today });
    // Without template readings, the glyphs fill about 60 % of the detector's unclipped box height.
    const fallbackHeight = median(full.map((l) => l.height * 0.6));
    return {
      lines: corrected.lines,
      corrections: corrected.corrections,
      parse: corrected.parse,
      readers: merged.sources,
      choices: merged.choices,
      box: rectCorners(minAreaRect(full.flatMap((l) => [...l.quad]))),
      characterHeightPx: heights.length > 0 ? median(heights) : fallbackHeight,
    };
  }

  /** Valid check digits of a reading (−1 for none): the better of two readings of one image has more. */
  const strength = (r: MrzReading | null): number => (r ? r.parse.checks.filter((c) => c.valid).length + (r.parse.valid ? 100 : 0) : -1);

  return {
    async read(image, opts = {}) {
      const maxSide = opts.detectorMaxSide ?? DEFAULT_DETECTOR_MAX_SIDE;
      let boxes = opts.boxes ? boxesIn(opts.boxes, opts.region) : (await ocr.detect(image, { region: opts.region, maxSide })).map((b) => b.quad);
      let upright = await readZone(image, boxes, opts);
      const areaSide = Math.max(opts.region?.width ?? image.width, opts.region?.height ?? image.height);
      if (!upright?.parse.valid && areaSide >= FALLBACK_RATIO * maxSide && maxSide < FALLBACK_DETECTOR_MAX_SIDE) {
        const finer = (await ocr.detect(image, { region: opts.region, maxSide: FALLBACK_DETECTOR_MAX_SIDE })).map((b) => b.quad);
        const second = await readZone(image, finer, opts);
        if (strength(second) > strength(upright)) [upright, boxes] = [second, finer];
      }
      if (upright || opts.tryUpsideDown === false || boxes.length === 0) return upright;
      // An upside-down page: the same boxes on the image turned half a turn; the zone is mapped back.
      const turn = (q: Quad): Quad => mapQuad(q, (p) => ({ x: image.width - p.x, y: image.height - p.y }));
      const reading = await readZone(rotate180(image), boxes.map(turn), opts);
      return reading && { ...reading, box: rectCorners(minAreaRect([...turn(reading.box)])) };
    },
  };
}
