/**
 * Surfaces a document is photographed on: plain dark or light tables, wood grain, fabric, a light desk, and a
 * cluttered desk with papers, a pen, coins and a keyboard edge (issue 4: "backgrounds from plain to cluttered
 * and light").
 */

import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { font, STACK } from '../fonts.js';
import type { Rng } from '../prng.js';

export type BackgroundKind = 'plain-dark' | 'plain-light' | 'wood' | 'fabric' | 'cluttered' | 'marble';

function grain(ctx: SKRSContext2D, rng: Rng, w: number, h: number, base: string, line: string, vertical: boolean): void {
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = line;
  const n = rng.int(40, 80);
  for (let i = 0; i < n; i++) {
    ctx.globalAlpha = rng.range(0.08, 0.3);
    ctx.lineWidth = rng.range(1, 6);
    ctx.beginPath();
    const at = rng.range(0, vertical ? w : h);
    const wave = rng.range(5, 25);
    for (let t = 0; t <= (vertical ? h : w); t += 20) {
      const off = at + Math.sin(t / rng.range(80, 200) + i) * wave;
      if (vertical) ctx.lineTo(off, t);
      else ctx.lineTo(t, off);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function paperSheet(ctx: SKRSContext2D, rng: Rng, w: number, h: number): void {
  ctx.save();
  ctx.translate(rng.range(0, w), rng.range(0, h));
  ctx.rotate(rng.range(-0.6, 0.6));
  const pw = rng.range(0.3, 0.5) * w;
  const ph = pw * 1.41;
  ctx.fillStyle = rng.pick(['#fbfbf8', '#f4f1e8', '#fffdf5']);
  ctx.shadowColor = 'rgba(0,0,0,0.25)';
  ctx.shadowBlur = 12;
  ctx.fillRect(-pw / 2, -ph / 2, pw, ph);
  ctx.shadowBlur = 0;
  ctx.fillStyle = 'rgba(40,40,60,0.55)';
  ctx.font = font(pw * 0.025, STACK.sans);
  for (let y = -ph / 2 + pw * 0.08; y < ph / 2 - pw * 0.05; y += pw * 0.045) {
    const len = rng.range(0.4, 0.85) * pw;
    ctx.fillText('Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod'.slice(0, Math.floor(len / (pw * 0.014))), -pw / 2 + pw * 0.08, y);
  }
  ctx.restore();
}

function clutter(ctx: SKRSContext2D, rng: Rng, w: number, h: number): void {
  grain(ctx, rng, w, h, rng.pick(['#8a6a4a', '#5f5f63', '#b8ada0']), '#3a2a1a', rng.chance(0.5));
  const sheets = rng.int(1, 3);
  for (let i = 0; i < sheets; i++) paperSheet(ctx, rng, w, h);
  // Pen.
  ctx.save();
  ctx.translate(rng.range(0, w), rng.range(0, h));
  ctx.rotate(rng.range(0, Math.PI));
  ctx.fillStyle = rng.pick(['#1b3a8a', '#111', '#b22']);
  ctx.beginPath();
  ctx.roundRect(-w * 0.14, -w * 0.006, w * 0.28, w * 0.012, w * 0.006);
  ctx.fill();
  ctx.restore();
  // Coins.
  for (let i = 0; i < rng.int(1, 4); i++) {
    const r = w * rng.range(0.015, 0.025);
    const x = rng.range(0, w);
    const y = rng.range(0, h);
    const g = ctx.createRadialGradient(x - r * 0.3, y - r * 0.3, r * 0.1, x, y, r);
    g.addColorStop(0, '#f2e2b0');
    g.addColorStop(1, rng.pick(['#a8883a', '#8c8c8c']));
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
  // A keyboard edge along one side.
  if (rng.chance(0.5)) {
    ctx.fillStyle = '#2a2a2e';
    const kh = h * 0.18;
    ctx.fillRect(0, h - kh, w, kh);
    ctx.fillStyle = '#3d3d44';
    for (let x = 6; x < w; x += w * 0.045) ctx.fillRect(x, h - kh + 8, w * 0.038, kh * 0.35);
  }
}

export function drawBackground(rng: Rng, width: number, height: number, kind: BackgroundKind): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  switch (kind) {
    case 'plain-dark':
    case 'plain-light': {
      const base = kind === 'plain-dark' ? rng.pick(['#2b2b30', '#1f2a33', '#3a2f2a', '#263326']) : rng.pick(['#e9e6df', '#dfe3e6', '#f2efe9', '#d8d2c8']);
      const g = ctx.createLinearGradient(0, 0, width, height);
      g.addColorStop(0, base);
      g.addColorStop(1, kind === 'plain-dark' ? '#151515' : '#c9c4bb');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, width, height);
      break;
    }
    case 'wood':
      grain(ctx, rng, width, height, rng.pick(['#a0703f', '#7a5230', '#c08a55']), '#4a2c12', rng.chance(0.5));
      break;
    case 'fabric': {
      ctx.fillStyle = rng.pick(['#3c4a6b', '#6b3c3c', '#4a5a4a', '#777']);
      ctx.fillRect(0, 0, width, height);
      ctx.strokeStyle = 'rgba(255,255,255,0.06)';
      for (let x = 0; x < width + height; x += 4) {
        ctx.beginPath();
        ctx.moveTo(x, 0);
        ctx.lineTo(x - height, height);
        ctx.stroke();
      }
      break;
    }
    case 'marble':
      grain(ctx, rng, width, height, '#efefec', '#b9b9bd', rng.chance(0.5));
      break;
    case 'cluttered':
      clutter(ctx, rng, width, height);
      break;
  }
  return canvas;
}

export function pickBackground(rng: Rng): BackgroundKind {
  return rng.weighted<BackgroundKind>([['plain-dark', 3], ['plain-light', 2], ['wood', 2], ['fabric', 1], ['cluttered', 2], ['marble', 1]]);
}
