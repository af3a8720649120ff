/**
 * Guilloche-like security backgrounds drawn from curves: bands of phase-shifted sine waves, spirograph rosettes
 * (hypotrochoids) and lines of microtext, the three motifs that fill the background of most identity documents.
 */

import type { Rng } from '../prng.js';
import type { Painter } from './painter.js';
import { font } from '../fonts.js';

export interface GuillocheOptions {
  colors: string[];
  /** Line opacity, 0–1. */
  alpha?: number;
  /** Number of wave lines per band. */
  waves?: number;
  rosettes?: number;
  /** Microtext repeated along a few lines, e.g. "REPUBLIKINDONESIA". */
  microtext?: string;
  microtextStack?: string;
}

/** Bands of sine waves whose phase drifts line by line, so they weave into a lattice. */
export function waveBands(p: Painter, rng: Rng, colors: string[], lines: number, alpha: number): void {
  const ctx = p.ctx;
  const bands = rng.int(2, 3);
  for (let b = 0; b < bands; b++) {
    const centre = rng.range(0.1, 0.9) * p.height;
    const amplitude = rng.range(0.08, 0.22) * p.height;
    const period = rng.range(0.18, 0.45) * p.width;
    const modulation = rng.range(0.3, 0.9);
    const tilt = rng.range(-0.25, 0.25);
    ctx.strokeStyle = rng.pick(colors);
    ctx.globalAlpha = alpha;
    ctx.lineWidth = Math.max(0.6, p.mm(0.07));
    for (let i = 0; i < lines; i++) {
      const phase = (i / lines) * Math.PI * 2;
      const offset = (i - lines / 2) * p.mm(0.25);
      ctx.beginPath();
      for (let x = -10; x <= p.width + 10; x += 4) {
        const t = (x / period) * Math.PI * 2;
        const env = 1 - modulation * 0.5 * (1 + Math.cos(t * 0.37 + phase * 0.5));
        const y = centre + offset + tilt * (x - p.width / 2) + amplitude * env * Math.sin(t + phase);
        if (x === -10) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/** A spirograph rosette (hypotrochoid) centred at (cx, cy) px, radius px. */
export function rosette(p: Painter, rng: Rng, cx: number, cy: number, radius: number, color: string, alpha: number): void {
  const ctx = p.ctx;
  const R = radius;
  const k = rng.pick([5, 6, 7, 8, 9, 11, 12]);
  const r = R / k;
  const d = r * rng.range(1.5, 3.5);
  const layers = rng.int(8, 16);
  ctx.strokeStyle = color;
  ctx.globalAlpha = alpha;
  ctx.lineWidth = Math.max(0.5, p.mm(0.05));
  const scale = radius / (R - r + d);
  for (let l = 0; l < layers; l++) {
    const rot = (l / layers) * ((Math.PI * 2) / k);
    ctx.beginPath();
    const steps = 720;
    for (let s = 0; s <= steps; s++) {
      const t = (s / steps) * Math.PI * 2;
      const x = (R - r) * Math.cos(t) + d * Math.cos(((R - r) / r) * t);
      const y = (R - r) * Math.sin(t) - d * Math.sin(((R - r) / r) * t);
      const px = cx + scale * (x * Math.cos(rot) - y * Math.sin(rot));
      const py = cy + scale * (x * Math.sin(rot) + y * Math.cos(rot));
      if (s === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** Lines of tiny repeated text (about 0.5 mm high), as printed along card borders and across backgrounds. */
export function microtextLines(p: Painter, rng: Rng, text: string, color: string, stack: string, count: number): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.fillStyle = color;
  ctx.globalAlpha = 0.35;
  ctx.font = font(p.mm(0.55), stack, 500);
  const repeated = `${text} `.repeat(60);
  for (let i = 0; i < count; i++) {
    const y = rng.range(0.05, 0.95) * p.height;
    ctx.fillText(repeated, -rng.range(0, p.mm(20)), y);
  }
  ctx.restore();
}

export function guilloche(p: Painter, rng: Rng, options: GuillocheOptions): void {
  const alpha = options.alpha ?? 0.35;
  waveBands(p, rng, options.colors, options.waves ?? 28, alpha);
  const count = options.rosettes ?? 2;
  for (let i = 0; i < count; i++) {
    rosette(p, rng, rng.range(0.15, 0.85) * p.width, rng.range(0.2, 0.8) * p.height, rng.range(0.18, 0.32) * p.height, rng.pick(options.colors), alpha * 0.9);
  }
  if (options.microtext) microtextLines(p, rng, options.microtext, options.colors[0] ?? '#555', options.microtextStack ?? '"Studio Sans"', 3);
}
