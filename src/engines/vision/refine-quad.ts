import type { Point, Quad } from './quad.js';
import type { RgbImage } from './rgb-image.js';

interface Line {
  point: Point;
  direction: Point;
}

/**
 * The grey image under a 3×3 box blur (edge pixels average their in-image neighbours), so the profile search below
 * follows edges rather than pixel noise. Computed per pixel when first asked and kept: the search only looks near
 * the quad's sides, a few per cent of a photo, so blurring the whole image would be mostly wasted.
 */
class SmoothedGrey {
  private readonly grey: Float32Array;
  private readonly smooth: Float32Array;

  constructor(private readonly image: RgbImage) {
    this.grey = new Float32Array(image.width * image.height).fill(-1);
    this.smooth = new Float32Array(image.width * image.height).fill(-1);
  }

  /** Luma as toGrey gives it (BT.601, rounded into a byte). */
  private luma(i: number): number {
    let v = this.grey[i] as number;
    if (v < 0) {
      const d = this.image.data;
      const o = i * 3;
      v = Math.floor((299 * (d[o] as number) + 587 * (d[o + 1] as number) + 114 * (d[o + 2] as number) + 500) / 1000);
      this.grey[i] = v;
    }
    return v;
  }

  at(x: number, y: number): number {
    const { width, height } = this.image;
    const i = y * width + x;
    let v = this.smooth[i] as number;
    if (v >= 0) return v;
    let sum = 0;
    let n = 0;
    for (let dy = -1; dy <= 1; dy += 1) {
      const yy = y + dy;
      if (yy < 0 || yy >= height) continue;
      for (let dx = -1; dx <= 1; dx += 1) {
        const xx = x + dx;
        if (xx < 0 || xx >= width) continue;
        sum += this.luma(yy * width + xx);
        n += 1;
      }
    }
    v = Math.fround(sum / n);
    this.smooth[i] = v;
    return v;
  }
}

function bilinear(grey: SmoothedGrey, width: number, height: number, x: number, y: number): number | null {
  if (x < 0 || y < 0 || x > width - 1 || y > height - 1) return null;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = x - x0;
  const fy = y - y0;
  const top = grey.at(x0, y0) * (1 - fx) + grey.at(x1, y0) * fx;
  const bottom = grey.at(x0, y1) * (1 - fx) + grey.at(x1, y1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** Total least squares line through points (principal direction of their scatter). */
function fitLine(points: readonly Point[]): Line {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
    syy += (y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { point: [mx, my], direction: [Math.cos(angle), Math.sin(angle)] };
}

function distanceToLine(p: Point, line: Line): number {
  return Math.abs((p[0] - line.point[0]) * line.direction[1] - (p[1] - line.point[1]) * line.direction[0]);
}

function intersect(a: Line, b: Line): Point | null {
  const d = a.direction[0] * b.direction[1] - a.direction[1] * b.direction[0];
  if (Math.abs(d) < 1e-6) return null;
  const t = ((b.point[0] - a.point[0]) * b.direction[1] - (b.point[1] - a.point[1]) * b.direction[0]) / d;
  return [a.point[0] + t * a.direction[0], a.point[1] + t * a.direction[1]];
}

/**
 * Moves each side of a coarse quad onto the strongest brightness step near it, on a larger copy of the image:
 * along the side, search ±`reach` px across it for the steepest step, fit a line to those points, drop outliers
 * (text near the edge, a finger), refit, and intersect neighbouring sides for the corners. A side with too few
 * consistent points keeps its coarse position, so refinement can only sharpen, never lose, a found document.
 */
export function refineQuad(image: RgbImage, quad: Quad): Quad {
  const { width, height } = image;
  const grey = new SmoothedGrey(image);
  const lines: Line[] = [];
  for (let i = 0; i < 4; i += 1) {
    const a = quad[i] as Point;
    const b = quad[(i + 1) % 4] as Point;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const coarse: Line = { point: a, direction: [(b[0] - a[0]) / length, (b[1] - a[1]) / length] };
    const normal: Point = [-coarse.direction[1], coarse.direction[0]];
    const reach = Math.max(4, 0.02 * length);
    const found: Array<{ point: Point; strength: number; sign: number }> = [];
    const samples = Math.max(16, Math.min(120, Math.round(length / 6)));
    for (let k = 0; k < samples; k += 1) {
      const t = 0.08 + (0.84 * (k + 0.5)) / samples;
      const px = a[0] + t * (b[0] - a[0]);
      const py = a[1] + t * (b[1] - a[1]);
      let best: { point: Point; strength: number; sign: number } | null = null;
      for (let s = -reach; s <= reach; s += 0.5) {
        const plus = bilinear(grey, width, height, px + (s + 1.5) * normal[0], py + (s + 1.5) * normal[1]);
        const minus = bilinear(grey, width, height, px + (s - 1.5) * normal[0], py + (s - 1.5) * normal[1]);
        if (plus === null || minus === null) continue;
        const step = plus - minus;
        if (best === null || Math.abs(step) > best.strength) best = { point: [px + s * normal[0], py + s * normal[1]], strength: Math.abs(step), sign: Math.sign(step) };
      }
      if (best !== null && best.strength >= 8) found.push(best);
    }
    // Keep the dominant polarity: a document edge is brighter on the same side all along.
    const positive = found.filter((f) => f.sign > 0);
    const negative = found.filter((f) => f.sign < 0);
    let points = (positive.length >= negative.length ? positive : negative).map((f) => f.point);
    if (points.length < Math.max(8, 0.4 * samples)) {
      lines.push(coarse);
      continue;
    }
    let line = fitLine(points);
    for (const tolerance of [3, 1.5]) {
      const kept = points.filter((p) => distanceToLine(p, line) <= tolerance);
      if (kept.length < Math.max(8, 0.3 * samples)) break;
      points = kept;
      line = fitLine(points);
    }
    // A refit that turned the side by more than ~6° followed something else (text, a shadow): keep the coarse side.
    const turn = Math.abs(line.direction[0] * coarse.direction[1] - line.direction[1] * coarse.direction[0]);
    lines.push(turn > 0.1 ? coarse : line);
  }
  const corners: Point[] = [];
  for (let i = 0; i < 4; i += 1) {
    const corner = intersect(lines[(i + 3) % 4] as Line, lines[i] as Line);
    if (corner === null) return quad;
    corners.push(corner);
  }
  return corners as Quad;
}
