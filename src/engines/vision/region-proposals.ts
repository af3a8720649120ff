import type { OpenCv } from './load-opencv.js';
import type { MatScope } from './mat-scope.js';
import type { Point } from './quad.js';

/** Where a proposal came from: kept on candidates so a benchmark can tell which proposer earns its cost. */
export type ProposalSource = 'edges' | 'edges-fine' | 'grey-otsu' | 'value-otsu' | 'saturation-otsu' | 'colour' | 'lines';

export interface RegionProposal {
  source: ProposalSource;
  hull: Point[];
}

type Mat = InstanceType<OpenCv['Mat']>;

/**
 * Convex hulls of regions that might be a document, from several independent cues, so that what one cue misses
 * another finds (engine-notes.md: the HSV value channel found cards that grey Otsu missed):
 * - edges: Canny at two sensitivities, closed, every contour (outer and inner);
 * - thresholds: Otsu on grey, on HSV value and on saturation, both polarities, opened and closed;
 * - colour: distance in Lab from the border's median colour (the background), which separates a card from a
 *   plain or light background of a different hue even when their brightness is the same.
 * Regions smaller than `minAreaFraction` of the image are dropped here.
 */
export function regionProposals(cv: OpenCv, scope: MatScope, rgb: Mat, minAreaFraction: number): RegionProposal[] {
  const width = rgb.cols;
  const height = rgb.rows;
  const minArea = minAreaFraction * width * height;
  const proposals: RegionProposal[] = [];
  const collect = (mask: Mat, source: ProposalSource, mode: number): void => {
    const contours = scope.track(new cv.MatVector());
    const hierarchy = scope.track(new cv.Mat());
    cv.findContours(mask, contours, hierarchy, mode, cv.CHAIN_APPROX_SIMPLE);
    for (let i = 0; i < contours.size(); i += 1) {
      const contour = contours.get(i);
      try {
        const box = cv.boundingRect(contour);
        if (box.width * box.height < minArea) continue;
        const hull = new cv.Mat();
        try {
          cv.convexHull(contour, hull, false, true);
          const points: Point[] = [];
          for (let k = 0; k < hull.rows; k += 1) points.push([hull.data32S[2 * k] as number, hull.data32S[2 * k + 1] as number]);
          if (points.length >= 4) proposals.push({ source, hull: points });
        } finally {
          hull.delete();
        }
      } finally {
        contour.delete();
      }
    }
  };

  const grey = scope.track(new cv.Mat());
  cv.cvtColor(rgb, grey, cv.COLOR_RGB2GRAY);
  const blurred = scope.track(new cv.Mat());
  cv.GaussianBlur(grey, blurred, new cv.Size(5, 5), 0);
  const small = scope.track(cv.Mat.ones(3, 3, cv.CV_8U));
  const medium = scope.track(cv.Mat.ones(7, 7, cv.CV_8U));

  // Edges: thresholds from the median brightness (a common auto-Canny rule), plus a sensitive pass on a lighter
  // blur for the low-contrast outline of a light card on white paper (a step of ~10 grey levels).
  const median = medianOf(blurred.data);
  const lightBlur = scope.track(new cv.Mat());
  cv.GaussianBlur(grey, lightBlur, new cv.Size(3, 3), 0);
  for (const [source, image, low, high] of [
    ['edges', blurred, Math.max(20, 0.66 * median), Math.max(60, 1.33 * median)],
    ['edges-fine', lightBlur, 8, 24],
  ] as const) {
    const edges = scope.track(new cv.Mat());
    cv.Canny(image, edges, low, high);
    cv.dilate(edges, edges, small);
    collect(edges, source, cv.RETR_LIST);
  }

  const hsv = scope.track(new cv.Mat());
  cv.cvtColor(rgb, hsv, cv.COLOR_RGB2HSV);
  const channels = scope.track(new cv.MatVector());
  cv.split(hsv, channels);
  const saturation = scope.track(channels.get(1));
  const value = scope.track(channels.get(2));
  for (const [source, channel] of [
    ['grey-otsu', blurred],
    ['value-otsu', value],
    ['saturation-otsu', saturation],
  ] as const) {
    const mask = scope.track(new cv.Mat());
    cv.threshold(channel, mask, 0, 255, cv.THRESH_BINARY + cv.THRESH_OTSU);
    cv.morphologyEx(mask, mask, cv.MORPH_OPEN, small);
    cv.morphologyEx(mask, mask, cv.MORPH_CLOSE, medium);
    collect(mask, source, cv.RETR_EXTERNAL);
    const inverse = scope.track(new cv.Mat());
    cv.bitwise_not(mask, inverse);
    collect(inverse, source, cv.RETR_EXTERNAL);
  }

  const background = scope.track(backgroundDistance(cv, scope, rgb));
  const colourMask = scope.track(new cv.Mat());
  cv.threshold(background, colourMask, 0, 255, cv.THRESH_BINARY + cv.THRESH_OTSU);
  cv.morphologyEx(colourMask, colourMask, cv.MORPH_OPEN, small);
  cv.morphologyEx(colourMask, colourMask, cv.MORPH_CLOSE, medium);
  collect(colourMask, 'colour', cv.RETR_EXTERNAL);
  return proposals;
}

/** Per-pixel Lab distance from the median colour of the image's outer frame, scaled into 0–255. */
function backgroundDistance(cv: OpenCv, scope: MatScope, rgb: Mat): Mat {
  const lab = scope.track(new cv.Mat());
  cv.cvtColor(rgb, lab, cv.COLOR_RGB2Lab);
  const data = lab.data;
  const width = rgb.cols;
  const height = rgb.rows;
  const ring: [number[], number[], number[]] = [[], [], []];
  const band = Math.max(2, Math.round(0.03 * Math.min(width, height)));
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      if (x >= band && x < width - band && y >= band && y < height - band) continue;
      const o = (y * width + x) * 3;
      ring[0].push(data[o] as number);
      ring[1].push(data[o + 1] as number);
      ring[2].push(data[o + 2] as number);
    }
  }
  const [l, a, b] = ring.map((values) => medianOf(values));
  const out = new cv.Mat(height, width, cv.CV_8UC1);
  const target = out.data;
  for (let i = 0, o = 0; i < width * height; i += 1, o += 3) {
    // Lab from OpenCV 8-bit: L scaled 0–255, a and b offset by 128; lightness weighs half so shading counts less.
    // (A plain square root: Math.hypot's overflow guard is needless on bytes and costs most of this loop.)
    const dl = 0.5 * ((data[o] as number) - (l as number));
    const da = (data[o + 1] as number) - (a as number);
    const db = (data[o + 2] as number) - (b as number);
    target[i] = Math.min(255, Math.round(2 * Math.sqrt(dl * dl + da * da + db * db)));
  }
  return out;
}

/** Median of byte-range values through a histogram: linear time, no copy. */
export function medianOf(values: ArrayLike<number>): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < values.length; i += 1) {
    const bin = Math.max(0, Math.min(255, Math.round(values[i] as number)));
    histogram[bin] = (histogram[bin] as number) + 1;
  }
  let seen = 0;
  for (let v = 0; v < 256; v += 1) {
    seen += histogram[v] as number;
    if (seen * 2 >= values.length) return v;
  }
  return 255;
}
