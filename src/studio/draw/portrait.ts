/**
 * A drawn synthetic portrait — never a photograph of anyone: a stylised head and shoulders with varied skin,
 * hair, clothing and features, shaded so that it reads as a photo at card scale. Each document draws its own
 * from its person seed.
 */

import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { Rng } from '../prng.js';

const SKIN = ['#f1c7a5', '#e8b48f', '#d9a07a', '#c68863', '#a86e4c', '#8a5638', '#f5d3b8', '#e0ac86'];
const HAIR = ['#1b1410', '#2a1d15', '#3b2a1e', '#15100d', '#5a3b24', '#7d5a3a', '#8c8c8c', '#2f2f33'];
const CLOTH = ['#1f2a44', '#2d2d2d', '#f2f2f2', '#3c5a7d', '#6b2b2b', '#2f4f3a', '#4a4a5a', '#d9d3c4'];
const HIJAB = ['#1f3a6b', '#7a1f3a', '#2d2d2d', '#d8c6a6', '#5b2d6b', '#e8e8e8', '#b2453a'];

export interface PortraitOptions {
  sex: 'M' | 'F';
  /** Background colour or gradient stops top→bottom. */
  background: string | [string, string];
  /** Probability of a headscarf for women (Malaysia, Indonesia). */
  hijab?: number;
  /** Draw in grey (passport laser engraving, ghost images). */
  grey?: boolean;
}

function ellipse(ctx: SKRSContext2D, x: number, y: number, rx: number, ry: number, fill: string | CanvasGradientLike): void {
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
  ctx.fillStyle = fill as string;
  ctx.fill();
}

type CanvasGradientLike = ReturnType<SKRSContext2D['createLinearGradient']>;

function shade(hex: string, f: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = (v: number): number => Math.max(0, Math.min(255, Math.round(v * f)));
  return `rgb(${c((n >> 16) & 255)},${c((n >> 8) & 255)},${c(n & 255)})`;
}

export function drawPortrait(seed: string, width: number, height: number, options: PortraitOptions): Canvas {
  const rng = new Rng(`portrait/${seed}`);
  const canvas = createCanvas(Math.round(width), Math.round(height));
  const ctx = canvas.getContext('2d');
  const w = canvas.width;
  const h = canvas.height;
  if (typeof options.background === 'string') {
    ctx.fillStyle = options.background;
  } else {
    const g = ctx.createLinearGradient(0, 0, 0, h);
    g.addColorStop(0, options.background[0]);
    g.addColorStop(1, options.background[1]);
    ctx.fillStyle = g;
  }
  ctx.fillRect(0, 0, w, h);

  const skin = rng.pick(SKIN);
  const hair = rng.pick(HAIR);
  const cloth = rng.pick(CLOTH);
  const female = options.sex === 'F';
  const hijab = female && rng.chance(options.hijab ?? 0);
  const cx = w * rng.range(0.47, 0.53);
  const headY = h * rng.range(0.4, 0.45);
  const headRx = w * rng.range(0.2, 0.24);
  const headRy = headRx * rng.range(1.25, 1.4);

  // Long hair behind the head.
  if (!hijab && female && rng.chance(0.7)) {
    ctx.fillStyle = hair;
    ctx.beginPath();
    ctx.ellipse(cx, headY + headRy * 0.35, headRx * 1.3, headRy * 1.25, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  // Shoulders and clothes.
  const shoulderY = headY + headRy * 1.55;
  ellipse(ctx, cx, shoulderY + h * 0.32, w * 0.55, h * 0.38, hijab ? rng.pick(HIJAB) : cloth);
  // Neck.
  ctx.fillStyle = shade(skin, 0.86);
  ctx.fillRect(cx - headRx * 0.45, headY + headRy * 0.6, headRx * 0.9, headRy * 0.85);
  if (!hijab && cloth !== '#f2f2f2' && rng.chance(0.5)) {
    // Shirt collar.
    ctx.fillStyle = '#f4f4f4';
    ctx.beginPath();
    ctx.moveTo(cx - headRx * 0.6, shoulderY - h * 0.02);
    ctx.lineTo(cx, shoulderY + h * 0.08);
    ctx.lineTo(cx + headRx * 0.6, shoulderY - h * 0.02);
    ctx.lineTo(cx + headRx * 0.3, shoulderY + h * 0.02);
    ctx.lineTo(cx, shoulderY + h * 0.1);
    ctx.lineTo(cx - headRx * 0.3, shoulderY + h * 0.02);
    ctx.closePath();
    ctx.fill();
  }
  if (hijab) {
    const scarf = rng.pick(HIJAB);
    ellipse(ctx, cx, headY + headRy * 0.1, headRx * 1.45, headRy * 1.35, scarf);
    ctx.fillStyle = scarf;
    ctx.beginPath();
    ctx.moveTo(cx - headRx * 1.4, headY + headRy * 0.2);
    ctx.quadraticCurveTo(cx, shoulderY + h * 0.25, cx + headRx * 1.4, headY + headRy * 0.2);
    ctx.lineTo(cx + w * 0.5, h);
    ctx.lineTo(cx - w * 0.5, h);
    ctx.closePath();
    ctx.fill();
  } else {
    ellipse(ctx, cx - headRx * 0.98, headY + headRy * 0.05, headRx * 0.16, headRy * 0.2, shade(skin, 0.92));
    ellipse(ctx, cx + headRx * 0.98, headY + headRy * 0.05, headRx * 0.16, headRy * 0.2, shade(skin, 0.92));
  }
  // Face with a soft light from the upper left.
  const face = ctx.createRadialGradient(cx - headRx * 0.3, headY - headRy * 0.3, headRx * 0.2, cx, headY, headRy * 1.1);
  face.addColorStop(0, shade(skin, 1.06));
  face.addColorStop(0.7, skin);
  face.addColorStop(1, shade(skin, 0.8));
  ctx.beginPath();
  ctx.ellipse(cx, headY, headRx, headRy, 0, 0, Math.PI * 2);
  ctx.fillStyle = face;
  ctx.fill();

  if (!hijab) {
    // Hair on top: a cap clipped to the upper part of the head.
    const bald = !female && rng.chance(0.08);
    if (!bald) {
      ctx.fillStyle = hair;
      ctx.beginPath();
      const top = headY - headRy * rng.range(1.05, 1.2);
      const fringe = headY - headRy * rng.range(0.35, 0.6);
      ctx.moveTo(cx - headRx * 1.05, headY - headRy * 0.05);
      ctx.quadraticCurveTo(cx - headRx * 1.15, top, cx, top);
      ctx.quadraticCurveTo(cx + headRx * 1.15, top, cx + headRx * 1.05, headY - headRy * 0.05);
      ctx.quadraticCurveTo(cx + headRx * 0.8, fringe, cx + headRx * rng.range(-0.2, 0.3), fringe + headRy * 0.05);
      ctx.quadraticCurveTo(cx - headRx * 0.7, fringe, cx - headRx * 1.05, headY - headRy * 0.05);
      ctx.closePath();
      ctx.fill();
    }
  }

  const eyeY = headY - headRy * 0.08;
  const eyeDx = headRx * 0.4;
  const eyeRx = headRx * 0.16;
  const iris = rng.pick(['#3b2417', '#2a1a10', '#4a3322', '#2f3f55', '#3f4f2f']);
  for (const sign of [-1, 1]) {
    const ex = cx + sign * eyeDx;
    ellipse(ctx, ex, eyeY, eyeRx, eyeRx * 0.5, '#f4efe8');
    ellipse(ctx, ex, eyeY, eyeRx * 0.45, eyeRx * 0.45, iris);
    ellipse(ctx, ex, eyeY, eyeRx * 0.2, eyeRx * 0.2, '#0b0b0b');
    ctx.strokeStyle = shade(skin, 0.55);
    ctx.lineWidth = Math.max(1, w * 0.008);
    ctx.beginPath();
    ctx.ellipse(ex, eyeY, eyeRx, eyeRx * 0.5, 0, Math.PI, 2 * Math.PI);
    ctx.stroke();
    // Eyebrow.
    ctx.strokeStyle = hijab ? '#2a1d15' : hair;
    ctx.lineWidth = Math.max(1.5, w * (female ? 0.012 : 0.018));
    ctx.beginPath();
    ctx.moveTo(ex - eyeRx * 1.2, eyeY - eyeRx * 1.1);
    ctx.quadraticCurveTo(ex, eyeY - eyeRx * 1.7, ex + eyeRx * 1.2, eyeY - eyeRx * 1.0);
    ctx.stroke();
  }
  // Nose: a shadow line and nostrils.
  ctx.strokeStyle = shade(skin, 0.7);
  ctx.lineWidth = Math.max(1, w * 0.008);
  ctx.beginPath();
  ctx.moveTo(cx + headRx * 0.05, eyeY + headRy * 0.05);
  ctx.quadraticCurveTo(cx + headRx * 0.14, eyeY + headRy * 0.3, cx + headRx * 0.02, eyeY + headRy * 0.36);
  ctx.stroke();
  ellipse(ctx, cx - headRx * 0.1, eyeY + headRy * 0.37, headRx * 0.05, headRx * 0.03, shade(skin, 0.55));
  ellipse(ctx, cx + headRx * 0.1, eyeY + headRy * 0.37, headRx * 0.05, headRx * 0.03, shade(skin, 0.55));
  // Mouth.
  const mouthY = headY + headRy * 0.55;
  const lip = female ? rng.pick(['#b5545a', '#a8484f', '#c06a6a', '#9a5048']) : shade(skin, 0.68);
  ctx.fillStyle = lip;
  ctx.beginPath();
  ctx.moveTo(cx - headRx * 0.32, mouthY);
  ctx.quadraticCurveTo(cx, mouthY - headRy * 0.07, cx + headRx * 0.32, mouthY);
  ctx.quadraticCurveTo(cx, mouthY + headRy * 0.1, cx - headRx * 0.32, mouthY);
  ctx.fill();
  if (!female && rng.chance(0.25)) {
    // Moustache or short beard.
    ctx.fillStyle = hair;
    ctx.globalAlpha = 0.8;
    ctx.beginPath();
    ctx.ellipse(cx, mouthY - headRy * 0.07, headRx * 0.35, headRy * 0.05, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (rng.chance(0.2)) {
    // Glasses.
    ctx.strokeStyle = '#222';
    ctx.lineWidth = Math.max(1, w * 0.01);
    for (const sign of [-1, 1]) {
      ctx.beginPath();
      ctx.roundRect(cx + sign * eyeDx - eyeRx * 1.5, eyeY - eyeRx * 0.9, eyeRx * 3, eyeRx * 1.8, eyeRx * 0.5);
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.moveTo(cx - eyeDx + eyeRx * 1.5, eyeY);
    ctx.lineTo(cx + eyeDx - eyeRx * 1.5, eyeY);
    ctx.stroke();
  }
  if (options.grey) toGrey(canvas);
  return canvas;
}

/** Converts a canvas to grey in place (Rec. 601 luma). */
export function toGrey(canvas: Canvas): void {
  const ctx = canvas.getContext('2d');
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const y = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
    d[i] = d[i + 1] = d[i + 2] = y;
  }
  ctx.putImageData(img, 0, 0);
}
