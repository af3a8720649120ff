import { type Canvas, type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { loadOpenCv } from '../../../src/engines/vision/load-opencv.js';
import type { Point, Quad } from '../../../src/engines/vision/quad.js';
import type { RgbImage } from '../../../src/engines/vision/rgb-image.js';

/** Test scenes drawn at test time: nothing is read from disk, nothing comes from ../shared. */

/** Deterministic pseudo-random numbers (mulberry32), so every run draws the same scene. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function toRgb(canvas: Canvas): Promise<RgbImage> {
  const { data, info } = await sharp(await canvas.encode('png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** A cartoon face (hair, skin, eyes, brows, nose, mouth, shoulders) centred at (cx, cy), about `s` px wide. */
export function drawFace(ctx: SKRSContext2D, cx: number, cy: number, s: number, alpha = 1): void {
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = '#3b2a1a';
  ctx.beginPath();
  ctx.ellipse(cx, cy - 0.25 * s, 0.55 * s, 0.5 * s, 0, Math.PI, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#f1c27d';
  for (const [x, y, rx, ry] of [[cx, cy, 0.45, 0.6], [cx - 0.46 * s, cy, 0.08, 0.14], [cx + 0.46 * s, cy, 0.08, 0.14]] as const) {
    ctx.beginPath();
    ctx.ellipse(x, y, rx * s, ry * s, 0, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.fillStyle = '#3b2a1a';
  ctx.fillRect(cx - 0.3 * s, cy - 0.22 * s, 0.2 * s, 0.04 * s);
  ctx.fillRect(cx + 0.1 * s, cy - 0.22 * s, 0.2 * s, 0.04 * s);
  for (const dx of [-0.18, 0.18]) {
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.ellipse(cx + dx * s, cy - 0.1 * s, 0.09 * s, 0.05 * s, 0, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#222222';
    ctx.beginPath();
    ctx.arc(cx + dx * s, cy - 0.1 * s, 0.04 * s, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.strokeStyle = '#b5835a';
  ctx.lineWidth = 0.03 * s;
  ctx.beginPath();
  ctx.moveTo(cx, cy - 0.05 * s);
  ctx.lineTo(cx - 0.05 * s, cy + 0.12 * s);
  ctx.lineTo(cx + 0.03 * s, cy + 0.14 * s);
  ctx.stroke();
  ctx.strokeStyle = '#8a3b3b';
  ctx.lineWidth = 0.04 * s;
  ctx.beginPath();
  ctx.arc(cx, cy + 0.2 * s, 0.15 * s, 0.15 * Math.PI, 0.85 * Math.PI);
  ctx.stroke();
  ctx.fillStyle = '#34495e';
  ctx.beginPath();
  ctx.ellipse(cx, cy + 1.05 * s, 0.8 * s, 0.4 * s, 0, Math.PI, 2 * Math.PI);
  ctx.fill();
  ctx.restore();
}

export interface CardOptions {
  width?: number;
  height?: number;
  seed?: number;
  /** Draw the holder's face in the portrait frame (and a pale ghost copy when `ghost`). */
  face?: boolean;
  ghost?: boolean;
  /** Colour of the card's base. */
  base?: string;
  /** Colour of the corner patch at the card's top-left, to check which way a crop came out. */
  marker?: string;
}

/**
 * An ID-card-like image: tinted base, a coloured header strip, a portrait frame, lines of word-like dark blocks
 * (text texture) and a two-line MRZ-like band; a red patch marks the top-left corner.
 */
export async function renderCard(options: CardOptions = {}): Promise<RgbImage> {
  const width = options.width ?? 856;
  const height = options.height ?? 540;
  const rand = random(options.seed ?? 1);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = options.base ?? '#e6eef5';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#2f5d8a';
  ctx.fillRect(0, 0, width, 0.13 * height);
  ctx.fillStyle = options.marker ?? '#d92020';
  ctx.fillRect(0, 0, 0.08 * width, 0.13 * height);
  const frame = { x: 0.05 * width, y: 0.2 * height, w: 0.28 * width, h: 0.55 * height };
  ctx.fillStyle = '#c9d6e3';
  ctx.fillRect(frame.x, frame.y, frame.w, frame.h);
  if (options.face === true) drawFace(ctx, frame.x + frame.w / 2, frame.y + 0.42 * frame.h, 0.6 * frame.w);
  if (options.ghost === true) drawFace(ctx, 0.86 * width, 0.62 * height, 0.09 * width, 0.35);
  ctx.fillStyle = '#1d1d1d';
  for (let line = 0; line < 7; line += 1) {
    let x = 0.38 * width;
    const y = 0.2 * height + line * 0.075 * height;
    while (x < 0.78 * width) {
      const word = (0.03 + 0.08 * rand()) * width;
      ctx.fillRect(x, y, Math.min(word, 0.8 * width - x), 0.035 * height);
      x += word + 0.015 * width;
    }
  }
  for (let line = 0; line < 2; line += 1) {
    for (let i = 0; i < 30; i += 1) {
      if (rand() < 0.3) continue;
      ctx.fillRect(0.05 * width + i * 0.03 * width, 0.82 * height + line * 0.08 * height, 0.02 * width, 0.045 * height);
    }
  }
  return toRgb(canvas);
}

export type Background = 'plain-dark' | 'light' | 'cluttered';

/** A background of the given kind: dark desk, near-white paper, or a desk full of coloured shapes and strokes. */
export async function renderBackground(width: number, height: number, kind: Background, seed = 7): Promise<RgbImage> {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const rand = random(seed);
  ctx.fillStyle = kind === 'plain-dark' ? '#3a2e26' : kind === 'light' ? '#f4f4f2' : '#8c7a62';
  ctx.fillRect(0, 0, width, height);
  if (kind === 'cluttered') {
    for (let i = 0; i < 40; i += 1) {
      ctx.fillStyle = `hsl(${Math.floor(rand() * 360)}, 60%, ${30 + Math.floor(rand() * 50)}%)`;
      ctx.beginPath();
      ctx.ellipse(rand() * width, rand() * height, 10 + rand() * 60, 5 + rand() * 25, rand() * Math.PI, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.strokeStyle = '#202020';
    for (let i = 0; i < 25; i += 1) {
      ctx.lineWidth = 1 + rand() * 4;
      ctx.beginPath();
      ctx.moveTo(rand() * width, rand() * height);
      ctx.lineTo(rand() * width, rand() * height);
      ctx.stroke();
    }
  }
  return toRgb(canvas);
}

/** Pastes `card` onto `background` so that its corners land on `quad` (top-left first, clockwise), with perspective. */
export async function place(background: RgbImage, card: RgbImage, quad: Quad): Promise<RgbImage> {
  const cv = await loadOpenCv();
  const source = new cv.Mat(card.height, card.width, cv.CV_8UC3);
  const target = new cv.Mat(background.height, background.width, cv.CV_8UC3);
  const from = cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, card.width, 0, card.width, card.height, 0, card.height]);
  const to = cv.matFromArray(4, 1, cv.CV_32FC2, quad.flat());
  try {
    source.data.set(card.data);
    target.data.set(background.data);
    const transform = cv.getPerspectiveTransform(from, to);
    cv.warpPerspective(source, target, transform, new cv.Size(background.width, background.height), cv.INTER_LINEAR, cv.BORDER_TRANSPARENT);
    transform.delete();
    return { width: background.width, height: background.height, data: Buffer.from(target.data) };
  } finally {
    for (const m of [source, target, from, to]) m.delete();
  }
}

/** The corners of a `w`×`h` rectangle centred at (cx, cy), turned by `degrees` clockwise, top-left first. */
export function rotatedRect(cx: number, cy: number, w: number, h: number, degrees: number): Quad {
  const a = (degrees * Math.PI) / 180;
  const corners: Point[] = [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ];
  return corners.map(([x, y]) => [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)] as Point) as Quad;
}
