// A grey, upright crop of one text line at the image's own resolution, lighting evened out, for the template
// reader. The detector's quad comes from a downscaled image, so it is padded (more across the line than along
// it) to be sure to hold every glyph whole; the quad's own span along the line is returned so the reader ignores
// ink beyond it.

import { quadSize, type Point, type Quad } from '../ocr/geometry.js';
import { toGrey, type PixelImage } from '../ocr/pixel-image.js';
import { warpQuad } from '../ocr/warp-quad.js';
import { flattenIllumination } from './flatten-illumination.js';
import type { GreyImage } from './ink-band.js';

export interface LineCrop {
  image: GreyImage;
  /** Columns of the crop that the quad itself spans. */
  from: number;
  to: number;
  /** Crop pixels per image pixel (1 unless the line was larger than the cap). */
  scale: number;
}

/** Padding, in line heights: along the line (ends) and across it (above and below). */
const PAD_ALONG = 0.3;
const PAD_ACROSS = 0.25;
/** Crop height beyond which the crop is downscaled: the templates are far smaller, so the detail would be wasted. */
const MAX_CROP_HEIGHT = 160;

export function cropLine(image: PixelImage, quad: Quad): LineCrop {
  const { width, height } = quadSize(quad);
  const unit = (a: Point, b: Point, len: number): Point => ({ x: (b.x - a.x) / (len || 1), y: (b.y - a.y) / (len || 1) });
  const u = unit(quad[0], quad[1], Math.hypot(quad[1].x - quad[0].x, quad[1].y - quad[0].y));
  const v = unit(quad[0], quad[3], Math.hypot(quad[3].x - quad[0].x, quad[3].y - quad[0].y));
  const pu = PAD_ALONG * height;
  const pv = PAD_ACROSS * height;
  const move = (p: Point, su: number, sv: number): Point => ({ x: p.x + su * pu * u.x + sv * pv * v.x, y: p.y + su * pu * u.y + sv * pv * v.y });
  const padded: Quad = [move(quad[0], -1, -1), move(quad[1], 1, -1), move(quad[2], 1, 1), move(quad[3], -1, 1)];
  const fullHeight = height + 2 * pv;
  const scale = Math.min(1, MAX_CROP_HEIGHT / fullHeight);
  const outW = Math.max(2, Math.round((width + 2 * pu) * scale));
  const outH = Math.max(2, Math.round(fullHeight * scale));
  const crop = warpQuad(image, padded, outW, outH);
  // The crop is about two glyph heights tall; an eighth of it is wider than any OCR-B stroke.
  const grey = flattenIllumination({ width: outW, height: outH, data: toGrey(crop) }, outH / 8);
  return {
    image: grey,
    from: Math.max(0, Math.floor(pu * scale)),
    to: Math.min(outW, Math.ceil((pu + width) * scale)),
    scale,
  };
}
