/**
 * The camera: places a card (or a sheet, or a screen) in a frame with rotation and perspective, lays it on a
 * background with a soft drop shadow, and applies light, blur and noise. Every placement is a homography from the
 * card's pixel rectangle, so the truth quad is the card's corners pushed through it (TL, TR, BR, BL of the
 * document itself, whatever the rotation).
 */

import { drawBackground, pickBackground, type BackgroundKind } from './backgrounds.js';
import type { Rng } from '../prng.js';
import { blur, motionBlur, noise, shadeBy, smoothstep } from '../raster/filters.js';
import { affineH, applyH, homographyFrom, multiplyH, rectCorners, type Homography } from '../raster/homography.js';
import { fromCanvas, shrink, type Raster } from '../raster/raster.js';
import { warpOnto, type Modulate } from '../raster/warp.js';
import type { Point } from '../types.js';

export interface Placement {
  /** Fraction of the frame's width (or height when turned 90°) the document spans. */
  span: [number, number];
  /** Base rotations to choose from (degrees, clockwise) and the jitter added. */
  rotations: number[];
  jitter: number;
  /** Corner displacement as a fraction of the document's size (perspective). */
  perspective: number;
  /** Where the document's centre may fall, as fractions of the frame. */
  centre?: [number, number, number, number];
  /** Minimum distance of every corner from the frame's edge, fraction of the frame's short side. */
  margin: number;
}

/** Destination corners (TL, TR, BR, BL of the document) in a frame; retried until all fit the margin. */
export function place(rng: Rng, frameW: number, frameH: number, docW: number, docH: number, p: Placement): Point[] {
  for (let attempt = 0; attempt < 40; attempt++) {
    const rot = ((rng.pick(p.rotations) + rng.range(-p.jitter, p.jitter)) * Math.PI) / 180;
    const turned = Math.abs(Math.sin(rot)) > 0.7;
    const span = rng.range(p.span[0], p.span[1]) * (attempt > 20 ? 0.8 : 1);
    const scale = (span * (turned ? frameH : frameW)) / docW;
    const [cx0, cx1, cy0, cy1] = p.centre ?? [0.4, 0.6, 0.4, 0.6];
    const cx = rng.range(cx0, cx1) * frameW;
    const cy = rng.range(cy0, cy1) * frameH;
    const corners = rectCorners(docW, docH).map(([x, y]): Point => {
      const dx = (x - docW / 2 + rng.range(-p.perspective, p.perspective) * docW) * scale;
      const dy = (y - docH / 2 + rng.range(-p.perspective, p.perspective) * docH) * scale;
      return [cx + dx * Math.cos(rot) - dy * Math.sin(rot), cy + dx * Math.sin(rot) + dy * Math.cos(rot)];
    });
    const m = p.margin * Math.min(frameW, frameH);
    if (corners.every(([x, y]) => x >= m && y >= m && x <= frameW - m && y <= frameH - m)) return corners;
  }
  throw new Error('could not place the document in the frame');
}

/** Shrinks a source raster before a large reduction; returns it with the homography from its pixels to the frame. */
export function prepare(src: Raster, h: Homography): { raster: Raster; h: Homography; factor: number } {
  const [a, b] = [applyH(h, [0, 0]), applyH(h, [src.width, 0])];
  const scale = Math.hypot(b[0] - a[0], b[1] - a[1]) / src.width;
  const factor = Math.floor(1 / (scale * 1.4));
  if (factor < 2) return { raster: src, h, factor: 1 };
  return { raster: shrink(src, factor), h: multiplyH(h, affineH(factor, factor, 0, 0)), factor };
}

export interface Scene {
  width: number;
  height: number;
  background?: BackgroundKind;
}

/** Background with a soft shadow under each placed quad. */
export function stage(rng: Rng, scene: Scene, quads: Point[][]): Raster {
  const canvas = drawBackground(rng, scene.width, scene.height, scene.background ?? pickBackground(rng));
  const ctx = canvas.getContext('2d');
  const dx = rng.range(-0.01, 0.01) * scene.width;
  const dy = rng.range(0.003, 0.015) * scene.width;
  for (const quad of quads) {
    ctx.save();
    ctx.shadowColor = 'rgba(0,0,0,0.45)';
    ctx.shadowBlur = scene.width * 0.012;
    ctx.shadowOffsetX = dx;
    ctx.shadowOffsetY = dy;
    ctx.fillStyle = 'rgba(0,0,0,0.35)';
    // The casting shape is inset a little so that only the blurred shadow shows past the card's rounded corners.
    const mx = quad.reduce((s, q) => s + q[0], 0) / quad.length;
    const my = quad.reduce((s, q) => s + q[1], 0) / quad.length;
    ctx.beginPath();
    quad.forEach(([x, y], i) => {
      const px = mx + (x - mx) * 0.96;
      const py = my + (y - my) * 0.96;
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }
  return fromCanvas(canvas);
}

/** Warps `src` so that its pixel rectangle lands on `quad` of `frame`. Returns the homography used. */
export function lay(frame: Raster, src: Raster, quad: Point[], modulate?: Modulate): Homography {
  const h = homographyFrom(rectCorners(src.width, src.height), quad);
  const prepared = prepare(src, h);
  const f = prepared.factor;
  // The modulation is defined in the source's own pixels, whatever reduction was applied first.
  const mod: Modulate | undefined = modulate && (f === 1 ? modulate : (u, v, out) => modulate(u * f, v * f, out));
  warpOnto(frame, prepared.raster, prepared.h, mod);
  return h;
}

export interface Optics {
  /** Light falloff across the frame (0 none … 0.5 strong). */
  unevenLight: number;
  /** Probability of a cast shadow band (a hand or phone). */
  shadow: number;
  /** Defocus radius in px. */
  defocus: number;
  /** Motion blur length in px. */
  motion: number;
  /** Noise standard deviation (8-bit levels). */
  noise: number;
}

/** Light, shadow, blur and noise of a phone camera, applied to the whole frame. */
export function optics(rng: Rng, frame: Raster, o: Optics): void {
  const { width, height } = frame;
  const angle = rng.range(0, Math.PI * 2);
  const gx = Math.cos(angle);
  const gy = Math.sin(angle);
  const strength = o.unevenLight * rng.range(0.5, 1);
  const exposure = rng.range(0.92, 1.08);
  const shadowOn = rng.chance(o.shadow);
  const sAngle = rng.range(0, Math.PI * 2);
  const sx = Math.cos(sAngle);
  const sy = Math.sin(sAngle);
  const sOffset = rng.range(0.15, 0.45);
  const sDepth = rng.range(0.25, 0.45);
  const diag = Math.hypot(width, height);
  shadeBy(frame, (x, y) => {
    const nx = x / width - 0.5;
    const ny = y / height - 0.5;
    let f = exposure * (1 + strength * (nx * gx + ny * gy)) * (1 - 0.35 * strength * (nx * nx + ny * ny));
    if (shadowOn) {
      const d = ((x - width / 2) * sx + (y - height / 2) * sy) / diag;
      f *= 1 - sDepth * smoothstep(sOffset - 0.05, sOffset + 0.05, d);
    }
    return f;
  });
  if (o.defocus >= 1) blur(frame, o.defocus);
  if (o.motion >= 2) motionBlur(frame, o.motion, rng.range(0, Math.PI));
  if (o.noise > 0) noise(frame, rng, o.noise);
}
