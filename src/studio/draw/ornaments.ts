/**
 * Small printed elements shared by many layouts: the contact chip, a handwritten-looking signature, an emblem
 * seal, a holographic patch and the faint ghost copy of the portrait.
 */

import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { Rng } from '../prng.js';

/** ISO/IEC 7816-2 contact chip (about 11 × 9 mm on the card) with its gold pads. */
export function chip(ctx: SKRSContext2D, x: number, y: number, w: number, h: number): void {
  const g = ctx.createLinearGradient(x, y, x + w, y + h);
  g.addColorStop(0, '#f3dc8a');
  g.addColorStop(0.45, '#c9a046');
  g.addColorStop(1, '#e8c66a');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(w, h) * 0.18);
  ctx.fill();
  ctx.strokeStyle = 'rgba(90,60,10,0.75)';
  ctx.lineWidth = Math.max(1, w * 0.02);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x + w * 0.5, y);
  ctx.lineTo(x + w * 0.5, y + h * 0.3);
  ctx.moveTo(x + w * 0.5, y + h * 0.7);
  ctx.lineTo(x + w * 0.5, y + h);
  for (const fy of [0.33, 0.66]) {
    ctx.moveTo(x, y + h * fy);
    ctx.lineTo(x + w * 0.3, y + h * fy);
    ctx.moveTo(x + w * 0.7, y + h * fy);
    ctx.lineTo(x + w, y + h * fy);
  }
  ctx.stroke();
  ctx.beginPath();
  ctx.roundRect(x + w * 0.3, y + h * 0.3, w * 0.4, h * 0.4, w * 0.05);
  ctx.stroke();
}

/** A cursive-looking signature: a few connected loops and a flourish, in pen ink. */
export function signature(ctx: SKRSContext2D, seed: string, x: number, y: number, w: number, h: number, color = '#1b2a5a'): void {
  const rng = new Rng(`signature/${seed}`);
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.lineWidth = Math.max(1, h * 0.06);
  ctx.beginPath();
  let px = x + w * 0.05;
  let py = y + h * rng.range(0.45, 0.65);
  ctx.moveTo(px, py);
  const strokes = rng.int(5, 9);
  for (let i = 0; i < strokes; i++) {
    const nx = px + (w * 0.75) / strokes;
    const up = y + h * rng.range(0.0, 0.35);
    const down = y + h * rng.range(0.6, 0.95);
    ctx.bezierCurveTo(px + (nx - px) * 0.2, up, nx - (nx - px) * 0.4, down, nx, y + h * rng.range(0.4, 0.7));
    px = nx;
    py = y + h * 0.55;
  }
  ctx.bezierCurveTo(px + w * 0.1, py - h * 0.5, px + w * 0.15, py + h * 0.3, x + w * rng.range(0.2, 0.5), py + h * rng.range(0.1, 0.3));
  ctx.stroke();
  ctx.restore();
}

/** A round emblem: concentric rings, rays and a star, standing in for a national seal. */
export function seal(ctx: SKRSContext2D, cx: number, cy: number, r: number, color: string, points = 5, alpha = 1): void {
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = Math.max(1, r * 0.05);
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(cx, cy, r * 0.82, 0, Math.PI * 2);
  ctx.stroke();
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * Math.PI * 2;
    ctx.beginPath();
    ctx.moveTo(cx + Math.cos(a) * r * 0.84, cy + Math.sin(a) * r * 0.84);
    ctx.lineTo(cx + Math.cos(a) * r * 0.97, cy + Math.sin(a) * r * 0.97);
    ctx.stroke();
  }
  star(ctx, cx, cy, r * 0.5, r * 0.22, points);
  ctx.restore();
}

export function star(ctx: SKRSContext2D, cx: number, cy: number, outer: number, inner: number, points: number): void {
  ctx.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const rad = i % 2 === 0 ? outer : inner;
    const px = cx + Math.cos(a) * rad;
    const py = cy + Math.sin(a) * rad;
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fill();
}

/** An iridescent hologram patch: rainbow radial gradient under a thin rosette. */
export function hologram(ctx: SKRSContext2D, cx: number, cy: number, r: number): void {
  ctx.save();
  const g = ctx.createRadialGradient(cx - r * 0.3, cy - r * 0.3, r * 0.1, cx, cy, r);
  g.addColorStop(0, 'rgba(255,255,255,0.55)');
  g.addColorStop(0.35, 'rgba(170,220,255,0.45)');
  g.addColorStop(0.6, 'rgba(255,200,240,0.4)');
  g.addColorStop(0.85, 'rgba(200,255,200,0.35)');
  g.addColorStop(1, 'rgba(255,255,255,0.0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = 'rgba(120,140,160,0.35)';
  ctx.lineWidth = 1;
  for (let i = 0; i < 12; i++) {
    ctx.beginPath();
    ctx.ellipse(cx, cy, r * 0.85, r * 0.3, (i * Math.PI) / 12, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.restore();
}

/** The faint secondary portrait printed beside the main one. */
export function ghost(ctx: SKRSContext2D, portrait: Canvas, x: number, y: number, w: number, h: number, alpha = 0.28): void {
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.drawImage(portrait, x, y, w, h);
  ctx.restore();
}
