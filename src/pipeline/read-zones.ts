import type { CardFields, CardSides, CardTemplate, CardZone, TemplateContext } from '../documents/cards/card-template.js';
import type { CardBox, CardSideText } from '../documents/cards/card-text.js';
import type { Quad as OcrQuad } from '../engines/ocr/geometry.js';
import type { OcrEngine } from '../engines/ocr/ocr-engine.js';
import type { Side } from '../verification/types.js';
import { cardLine } from './read-card-side.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import { readingOrder } from './read-viz-lines.js';

function zoneQuad(zone: CardZone, page: { page: RgbImage }): OcrQuad {
  const { width, height } = page.page;
  const [x0, y0] = [zone.box.x * width, zone.box.y * height];
  const [x1, y1] = [(zone.box.x + zone.box.width) * width, (zone.box.y + zone.box.height) * height];
  return [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
}

/** Half a glyph's width as a share of the line's height: the text's ends lie this far beyond its outer glyphs' centres. */
const HALF_GLYPH = 0.35;

/**
 * A zone's box narrowed to the text read in it (from its glyphs' centres), so templates place the value where it is
 * printed, not where the zone began.
 */
function textExtent(box: CardBox, centres: readonly number[], page: { width: number; height: number }): CardBox {
  if (centres.length === 0) return box;
  const half = (HALF_GLYPH * box.height * page.height) / page.width;
  const x0 = Math.max(box.x, box.x + Math.min(...centres) * box.width - half);
  const x1 = Math.min(box.x + box.width, box.x + Math.max(...centres) * box.width + half);
  return { ...box, x: x0, width: Math.max(0, x1 - x0) };
}

/**
 * The second look at a card (CardTemplate.zonesToRead): each box the template names for a field its first reading
 * left empty is read directly as one line, and the template reads the sides again with those lines added. Only the
 * named fields that were empty are taken from the second reading; every other field stays as first read, so a line
 * read from a zone can fill a gap but never change what the detector's own lines gave.
 */
export async function readZones(
  ocr: OcrEngine,
  template: CardTemplate,
  first: CardFields,
  sides: CardSides,
  pages: Partial<Record<Side, { page: RgbImage }>>,
  context: TemplateContext,
): Promise<CardFields> {
  const zones = (template.zonesToRead?.(first, sides) ?? []).filter((zone) => first.fields[zone.field] === '' && pages[zone.side] !== undefined && sides[zone.side] !== null);
  if (zones.length === 0) return first;
  const augmented: CardSides = { ...sides };
  for (const side of ['front', 'back'] as const) {
    const own = zones.filter((zone) => zone.side === side);
    const page = pages[side];
    const text: CardSideText | null = sides[side];
    if (own.length === 0 || page === undefined || text === null) continue;
    const quads = own.map((zone) => zoneQuad(zone, page));
    const readings = await ocr.recognize({ width: page.page.width, height: page.page.height, channels: 3, data: page.page.data }, quads);
    const added = readings.flatMap((reading, i) => {
      const line = cardLine(reading, quads[i]!, page.page);
      return line === null ? [] : [{ ...line, box: textExtent(line.box, reading.chars.map((c) => c.x), page.page) }];
    });
    augmented[side] = { ...text, lines: readingOrder([...text.lines, ...added]) };
  }
  const second = template.read(augmented, context);
  const fields = { ...first.fields };
  const regions = { ...first.regions };
  for (const { field } of zones) {
    const value = second.fields[field];
    if (value === undefined || value === '') continue;
    fields[field] = value;
    regions[field] = second.regions[field];
  }
  return { ...first, fields, regions };
}
