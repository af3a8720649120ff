/**
 * What the Philippine government cards share: the "Republic of the Philippines" header over the issuing agency's
 * name, the agency seal on the left, a pale sun-and-stars watermark from the flag, and their naming and date
 * conventions (given names, middle name = mother's maiden surname, surname).
 */

import { drawFlag } from '../draw/flags.js';
import { guilloche } from '../draw/guilloche.js';
import { seal, star } from '../draw/ornaments.js';
import type { Painter } from '../draw/painter.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { CalendarDate } from '../dates.js';

export interface PhTheme {
  top: string;
  bottom: string;
  lines: string[];
  accent: string;
}

/** The flag's eight-rayed sun as a pale watermark. */
export function sun(p: Painter, cx: number, cy: number, r: number, color: string, alpha: number): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(p.mm(cx), p.mm(cy), p.mm(r * 0.35), 0, Math.PI * 2);
  ctx.fill();
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    ctx.save();
    ctx.translate(p.mm(cx), p.mm(cy));
    ctx.rotate(a);
    ctx.beginPath();
    ctx.moveTo(p.mm(r * 0.4), -p.mm(r * 0.12));
    ctx.lineTo(p.mm(r), 0);
    ctx.lineTo(p.mm(r * 0.4), p.mm(r * 0.12));
    ctx.fill();
    ctx.restore();
  }
  for (const [dx, dy] of [[-1.3, -1.1], [1.3, -1.1], [0, 1.4]] as const) star(ctx, p.mm(cx + dx * r), p.mm(cy + dy * r * 0.6), p.mm(r * 0.15), p.mm(r * 0.06), 5);
  ctx.restore();
}

export function phBackground(p: Painter, rng: Rng, theme: PhTheme, microtext: string): void {
  p.clipToCard();
  p.gradient([[0, theme.top], [1, theme.bottom]], 80);
  guilloche(p, rng, { colors: theme.lines, alpha: 0.25, microtext, rosettes: 1 });
  sun(p, 50, 32, 14, theme.accent, 0.1);
}

/** Header: seal, "REPUBLIC OF THE PHILIPPINES", agency lines, small flag on the right. */
export function phHeader(p: Painter, agency: string[], color: string, sealColor: string): void {
  seal(p.ctx, p.mm(8), p.mm(7.2), p.mm(4.8), sealColor);
  p.text('REPUBLIC OF THE PHILIPPINES', 44, 4.6, { size: 1.9, stack: STACK.sans, weight: 600, color: '#222', align: 'center', tracking: 0.1 });
  agency.forEach((line, i) => p.text(line, 44, 7.6 + i * 2.9, { size: i === agency.length - 1 ? 2.6 : 2.0, stack: STACK.sans, weight: 800, color, align: 'center' }));
  drawFlag(p.ctx, 'PHL', p.mm(74), p.mm(3.5), p.mm(8.5), p.mm(4.8));
}

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `JAN 31, 1990`. */
export function monthDayYear(d: CalendarDate): string {
  return `${MONTHS[d.month - 1]} ${String(d.day).padStart(2, '0')}, ${d.year}`;
}
