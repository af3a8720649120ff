import sharp from 'sharp';
import type { RectifySize } from './document-finder.js';
import type { OpenCv } from './load-opencv.js';
import { withScope } from './mat-scope.js';
import { type Point, type Quad, bounds } from './quad.js';
import type { RgbImage } from './rgb-image.js';

/**
 * Perspective-corrected crop of `quad` at `size`, quad[0] at the top-left. Only the quad's bounding box (clamped to
 * the frame) enters the WebAssembly heap, pre-shrunk with sharp when it is much larger than the output so the
 * warp neither aliases nor copies a 12-megapixel photo. Parts of a cut document outside the frame come out white.
 */
export async function rectifyWithOpenCv(cv: OpenCv, image: RgbImage, quad: Quad, size: RectifySize): Promise<RgbImage> {
  const b = bounds(quad);
  const left = Math.max(0, Math.floor(b.minX));
  const top = Math.max(0, Math.floor(b.minY));
  const right = Math.min(image.width, Math.ceil(b.maxX) + 1);
  const bottom = Math.min(image.height, Math.ceil(b.maxY) + 1);
  if (right - left < 2 || bottom - top < 2) throw new RangeError('quad lies outside the image');
  const side = (a: Point, c: Point): number => Math.hypot(c[0] - a[0], c[1] - a[1]);
  const longest = Math.max(side(quad[0], quad[1]), side(quad[2], quad[3]));
  // Shrink so the document's long side is at most ~1.5× the output's: enough detail for bilinear sampling.
  const shrink = Math.min(1, (1.5 * size.width) / Math.max(1, longest));
  let region = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } }).extract({
    left,
    top,
    width: right - left,
    height: bottom - top,
  });
  const regionWidth = Math.max(2, Math.round((right - left) * shrink));
  const regionHeight = Math.max(2, Math.round((bottom - top) * shrink));
  if (shrink < 1) region = region.resize(regionWidth, regionHeight, { fit: 'fill' });
  const pixels = await region.raw().toBuffer();
  const sx = regionWidth / (right - left);
  const sy = regionHeight / (bottom - top);
  const local = quad.map(([x, y]) => [(x - left) * sx, (y - top) * sy]);
  return withScope((scope) => {
    const source = scope.track(new cv.Mat(regionHeight, regionWidth, cv.CV_8UC3));
    source.data.set(pixels);
    const from = scope.track(cv.matFromArray(4, 1, cv.CV_32FC2, local.flat()));
    const to = scope.track(cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, size.width, 0, size.width, size.height, 0, size.height]));
    const transform = scope.track(cv.getPerspectiveTransform(from, to));
    const output = scope.track(new cv.Mat());
    cv.warpPerspective(source, output, transform, new cv.Size(size.width, size.height), cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(255, 255, 255, 255));
    return { width: size.width, height: size.height, data: Buffer.from(output.data) };
  });
}
