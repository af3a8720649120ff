/** Small national flags printed on cards (Malaysia, the Philippines, Indonesia, Thailand, Singapore). */

import type { SKRSContext2D } from '@napi-rs/canvas';
import { star } from './ornaments.js';

export type FlagName = 'MYS' | 'PHL' | 'IDN' | 'THA' | 'SGP';

function crescent(ctx: SKRSContext2D, cx: number, cy: number, r: number, fill: string, cut: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = cut;
  ctx.beginPath();
  ctx.arc(cx + r * 0.3, cy, r * 0.82, 0, Math.PI * 2);
  ctx.fill();
}

export function drawFlag(ctx: SKRSContext2D, flag: FlagName, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  switch (flag) {
    case 'MYS': {
      // Jalur Gemilang: 14 red and white stripes, blue canton with a yellow crescent and 14-point star.
      for (let i = 0; i < 14; i++) {
        ctx.fillStyle = i % 2 === 0 ? '#cc0001' : '#ffffff';
        ctx.fillRect(x, y + (i * h) / 14, w, h / 14 + 0.5);
      }
      ctx.fillStyle = '#010066';
      ctx.fillRect(x, y, w / 2, (h * 8) / 14);
      crescent(ctx, x + w * 0.19, y + h * 0.29, h * 0.2, '#ffcc00', '#010066');
      ctx.fillStyle = '#ffcc00';
      star(ctx, x + w * 0.36, y + h * 0.29, h * 0.16, h * 0.07, 14);
      break;
    }
    case 'PHL': {
      ctx.fillStyle = '#0038a8';
      ctx.fillRect(x, y, w, h / 2);
      ctx.fillStyle = '#ce1126';
      ctx.fillRect(x, y + h / 2, w, h / 2);
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + h * 0.866, y + h / 2);
      ctx.lineTo(x, y + h);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = '#fcd116';
      ctx.beginPath();
      ctx.arc(x + h * 0.3, y + h / 2, h * 0.11, 0, Math.PI * 2);
      ctx.fill();
      for (const [sx, sy] of [[0.07, 0.13], [0.07, 0.87], [0.7, 0.5]] as const) star(ctx, x + h * sx, y + h * sy, h * 0.05, h * 0.02, 5);
      break;
    }
    case 'IDN':
      ctx.fillStyle = '#ce1126';
      ctx.fillRect(x, y, w, h / 2);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(x, y + h / 2, w, h / 2);
      break;
    case 'THA': {
      const bands = ['#a51931', '#f4f5f8', '#2d2a4a', '#2d2a4a', '#f4f5f8', '#a51931'];
      bands.forEach((c, i) => {
        ctx.fillStyle = c;
        ctx.fillRect(x, y + (i * h) / 6, w, h / 6 + 0.5);
      });
      break;
    }
    case 'SGP': {
      ctx.fillStyle = '#ef3340';
      ctx.fillRect(x, y, w, h / 2);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(x, y + h / 2, w, h / 2);
      crescent(ctx, x + w * 0.17, y + h * 0.25, h * 0.17, '#ffffff', '#ef3340');
      ctx.fillStyle = '#ffffff';
      for (let i = 0; i < 5; i++) {
        const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
        star(ctx, x + w * 0.27 + Math.cos(a) * h * 0.09, y + h * 0.25 + Math.sin(a) * h * 0.09, h * 0.035, h * 0.014, 5);
      }
      break;
    }
  }
  ctx.restore();
}
