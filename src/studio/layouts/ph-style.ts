/**
 * What the Philippine government cards share: the round agency seal with its name set around the ring (the
 * layout of every Philippine government seal), the flag's eight-rayed sun, a pale security background, the
 * "label over value" field style, a magnetic stripe, an embossed date and the printed thumbprint; plus the
 * naming and date conventions (given names, middle name = mother's maiden surname, surname). The seals are
 * drawn stand-ins: none copies an agency's logo.
 */

import { drawMatrixCode } from '../draw/barcode.js';
import { guilloche } from '../draw/guilloche.js';
import { star } from '../draw/ornaments.js';
import type { Painter, TextStyle } from '../draw/painter.js';
import { STACK } from '../fonts.js';
import { Rng } from '../prng.js';
import type { CalendarDate } from '../dates.js';
import { phName } from '../data/ph.js';
import type { Layout } from '../types.js';

export interface PhTheme {
  /** Gradient stops top → bottom. */
  top: string;
  bottom: string;
  lines: string[];
  microtext: string;
}

/** The flag's sun: a disc and eight rays (each a triple ray on the flag, one wedge here). */
export function sun(p: Painter, cx: number, cy: number, r: number, color: string, alpha = 1): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(p.mm(cx), p.mm(cy), p.mm(r * 0.38), 0, Math.PI * 2);
  ctx.fill();
  for (let i = 0; i < 8; i++) {
    ctx.save();
    ctx.translate(p.mm(cx), p.mm(cy));
    ctx.rotate((i * Math.PI) / 4);
    ctx.beginPath();
    ctx.moveTo(p.mm(r * 0.45), -p.mm(r * 0.13));
    ctx.lineTo(p.mm(r), 0);
    ctx.lineTo(p.mm(r * 0.45), p.mm(r * 0.13));
    ctx.fill();
    ctx.restore();
  }
  ctx.restore();
}

/** Text set around a circle, centred on the top (or the bottom), shrunk to fit within `maxSpan` radians. */
export function ringText(p: Painter, text: string, cx: number, cy: number, r: number, size: number, color: string, bottom = false, maxSpan = bottom ? Math.PI * 0.75 : Math.PI * 1.15): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.font = p.fontFor({ size, stack: STACK.sans, weight: 700 });
  const natural = [...text].reduce((s, ch) => s + ctx.measureText(ch).width, 0) * 1.08;
  const fit = Math.min(1, (maxSpan * p.mm(r)) / natural);
  ctx.font = p.fontFor({ size: size * fit, stack: STACK.sans, weight: 700 });
  ctx.fillStyle = color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const widths = [...text].map((ch) => ctx.measureText(ch).width * 1.08);
  const span = widths.reduce((s, w) => s + w, 0) / p.mm(r);
  let a = bottom ? Math.PI / 2 + span / 2 : -Math.PI / 2 - span / 2;
  [...text].forEach((ch, i) => {
    const step = widths[i]! / p.mm(r);
    a += bottom ? -step / 2 : step / 2;
    ctx.save();
    ctx.translate(p.mm(cx) + Math.cos(a) * p.mm(r), p.mm(cy) + Math.sin(a) * p.mm(r));
    ctx.rotate(bottom ? a - Math.PI / 2 : a + Math.PI / 2);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    a += bottom ? -step / 2 : step / 2;
  });
  ctx.restore();
}

export type SealMotif = 'sun' | 'star' | 'wheel' | 'scales' | 'family';

/**
 * An agency seal: a coloured disc, the agency's name on the upper ring and "REPUBLIKA NG PILIPINAS" (or a
 * short word) on the lower one, and a motif inside.
 */
export function agencySeal(p: Painter, cx: number, cy: number, r: number, ring: string, lower: string, motif: SealMotif, color: string, fill = '#ffffff'): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(p.mm(cx), p.mm(cy), p.mm(r), 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.arc(p.mm(cx), p.mm(cy), p.mm(r * 0.66), 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = fill;
  ctx.lineWidth = p.mm(0.08);
  ctx.beginPath();
  ctx.arc(p.mm(cx), p.mm(cy), p.mm(r * 0.95), 0, Math.PI * 2);
  ctx.stroke();
  ctx.restore();
  ringText(p, ring, cx, cy, r * 0.81, r * 0.22, fill);
  if (lower) ringText(p, lower, cx, cy, r * 0.81, r * 0.18, fill, true);
  const inner = r * 0.6;
  ctx.save();
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = p.mm(inner * 0.09);
  switch (motif) {
    case 'sun':
      sun(p, cx, cy, inner * 0.85, color);
      break;
    case 'star':
      star(ctx, p.mm(cx), p.mm(cy), p.mm(inner * 0.75), p.mm(inner * 0.3), 5);
      break;
    case 'wheel':
      // A steering wheel over the sun's rays (transport).
      sun(p, cx, cy, inner * 0.9, color, 0.35);
      ctx.beginPath();
      ctx.arc(p.mm(cx), p.mm(cy), p.mm(inner * 0.6), 0, Math.PI * 2);
      ctx.stroke();
      for (const a of [Math.PI / 2, (7 * Math.PI) / 6, (11 * Math.PI) / 6]) {
        ctx.beginPath();
        ctx.moveTo(p.mm(cx), p.mm(cy));
        ctx.lineTo(p.mm(cx + Math.cos(a) * inner * 0.6), p.mm(cy + Math.sin(a) * inner * 0.6));
        ctx.stroke();
      }
      break;
    case 'scales':
      // A balance (revenue, elections).
      ctx.beginPath();
      ctx.moveTo(p.mm(cx), p.mm(cy - inner * 0.7));
      ctx.lineTo(p.mm(cx), p.mm(cy + inner * 0.6));
      ctx.moveTo(p.mm(cx - inner * 0.6), p.mm(cy - inner * 0.4));
      ctx.lineTo(p.mm(cx + inner * 0.6), p.mm(cy - inner * 0.4));
      ctx.moveTo(p.mm(cx - inner * 0.35), p.mm(cy + inner * 0.6));
      ctx.lineTo(p.mm(cx + inner * 0.35), p.mm(cy + inner * 0.6));
      ctx.stroke();
      for (const dx of [-0.6, 0.6]) {
        ctx.beginPath();
        ctx.arc(p.mm(cx + dx * inner), p.mm(cy - inner * 0.05), p.mm(inner * 0.25), 0, Math.PI);
        ctx.fill();
      }
      break;
    case 'family':
      // Three standing figures (social security).
      for (const [dx, s] of [[-0.45, 0.8], [0, 1], [0.45, 0.8]] as const) {
        ctx.beginPath();
        ctx.arc(p.mm(cx + dx * inner), p.mm(cy - inner * 0.35 * s), p.mm(inner * 0.16 * s), 0, Math.PI * 2);
        ctx.fill();
        ctx.fillRect(p.mm(cx + dx * inner - inner * 0.14 * s), p.mm(cy - inner * 0.15 * s), p.mm(inner * 0.28 * s), p.mm(inner * 0.75 * s));
      }
      break;
  }
  ctx.restore();
}

export function phBackground(p: Painter, rng: Rng, theme: PhTheme, rosettes = 1): void {
  p.clipToCard();
  p.gradient([[0, theme.top], [1, theme.bottom]], 90);
  guilloche(p, rng, { colors: theme.lines, alpha: 0.22, microtext: theme.microtext, rosettes });
}

/** A small label above its value; the value's box is recorded under `key`. */
export function labelled(p: Painter, label: string, value: string, x: number, y: number, style: Partial<TextStyle> & { size: number }, key?: string, labelColor = '#3a4660'): void {
  p.text(label, x, y, { size: 1.3, stack: STACK.sans, weight: 500, color: labelColor, stretch: 'semi-condensed' });
  p.text(value, x, y + style.size + 0.35, { stack: STACK.sans, weight: 700, color: '#141414', ...style }, key);
}

/** An embossed value: a light ridge above-left and a shadow below-right of the ink (LTO expiry, SIM number). */
export function embossed(p: Painter, text: string, x: number, y: number, style: TextStyle, key?: string): void {
  p.text(text, x - 0.07, y - 0.07, { ...style, color: 'rgba(255,255,255,0.85)' });
  p.text(text, x + 0.08, y + 0.08, { ...style, color: 'rgba(0,0,0,0.25)' });
  p.text(text, x, y, style, key);
}

/** A check mark centred at (x, y), `s` mm across (the Noto subsets carry no ✓ glyph). */
export function tick(p: Painter, x: number, y: number, s: number, color: string): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = p.mm(s * 0.18);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(p.mm(x - s * 0.45), p.mm(y));
  ctx.lineTo(p.mm(x - s * 0.1), p.mm(y + s * 0.4));
  ctx.lineTo(p.mm(x + s * 0.5), p.mm(y - s * 0.45));
  ctx.stroke();
  ctx.restore();
}

/** A PDF417 filling the box (LTO and SSS backs). */
export function pdf417(p: Painter, text: string, x: number, y: number, w: number, h: number, columns = 4): void {
  drawMatrixCode(p.ctx, 'pdf417', text, p.mm(x), p.mm(y), p.mm(w), p.mm(h), { columns });
}

/** ISO/IEC 7811 magnetic stripe: 10.28 mm high, its top 5.54 mm from the card's top edge. */
export function magStripe(p: Painter): void {
  const g = p.ctx.createLinearGradient(0, p.mm(5.54), 0, p.mm(15.82));
  g.addColorStop(0, '#2b2622');
  g.addColorStop(0.5, '#3b342e');
  g.addColorStop(1, '#241f1b');
  p.ctx.fillStyle = g;
  p.ctx.fillRect(0, p.mm(5.54), p.width, p.mm(10.28));
}

/** A printed thumbprint: whorl ridges as noisy concentric loops, cut to an oval. */
export function thumbprint(p: Painter, seed: string, cx: number, cy: number, w: number, h: number, color = '#2a2a2a'): void {
  const rng = new Rng(`thumb/${seed}`);
  const ctx = p.ctx;
  ctx.save();
  ctx.beginPath();
  ctx.ellipse(p.mm(cx), p.mm(cy), p.mm(w / 2), p.mm(h / 2), 0, 0, Math.PI * 2);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = p.mm(0.17);
  const ox = cx + rng.range(-w * 0.1, w * 0.1);
  const oy = cy + rng.range(-h * 0.05, h * 0.15);
  const phase = rng.range(0, Math.PI * 2);
  for (let k = 1; k <= 22; k++) {
    const r = k * 0.42;
    ctx.beginPath();
    for (let s = 0; s <= 90; s++) {
      const a = (s / 90) * Math.PI * 2;
      const wobble = 1 + 0.06 * Math.sin(a * 3 + phase + k * 0.3);
      const x = ox + Math.cos(a) * r * 0.8 * wobble;
      const y = oy + Math.sin(a) * r * wobble;
      if (s === 0) ctx.moveTo(p.mm(x), p.mm(y));
      else ctx.lineTo(p.mm(x), p.mm(y));
    }
    ctx.stroke();
  }
  ctx.restore();
}

/** The one-line address split where the card wraps it: street and barangay, then "CITY, PROVINCE". */
export function addressLines(line: string): [string, string] {
  const parts = line.split(', ');
  return [`${parts[0] ?? ''},`, parts.slice(1).join(', ')];
}

/** City (or municipality) and province of a one-line address. */
export function addressPlace(line: string): string {
  return line.split(', ').slice(1).join(', ');
}

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `JAN 31, 1990`. */
export function monthDayYear(d: CalendarDate): string {
  return `${MONTHS[d.month - 1]} ${String(d.day).padStart(2, '0')}, ${d.year}`;
}

/** The `tampered` condition on cards whose only personal line is the full name (SSS, TIN): another Filipino name. */
export const fullNameTamper: Pick<Layout, 'tamperTargets' | 'tamperValue'> = {
  tamperTargets: [{ box: 'FullName', fields: ['FullName'], crossChecked: false }],
  tamperValue(rng, doc) {
    const n = phName(rng, doc.sex);
    return `${n.first} ${n.middle} ${n.last}`;
  },
};
