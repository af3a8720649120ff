/**
 * Millimetre-based drawing on a card canvas: layouts place text where the real document prints it (positions in
 * mm from the top-left corner), and every named field's box is recorded so the tampered condition can repaint it.
 */

import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { font } from '../fonts.js';
import { FORMATS, type FieldBox, type FormatName } from '../types.js';

export interface TextStyle {
  size: number;
  stack: string;
  weight?: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
  stretch?: 'normal' | 'condensed' | 'semi-condensed';
  /** Extra spacing between letters, mm. */
  tracking?: number;
  /** Squeeze the text to this width (mm) when it is longer, as card printers do. */
  maxWidth?: number;
}

export class Painter {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  readonly boxes: FieldBox[] = [];
  readonly width: number;
  readonly height: number;

  constructor(
    readonly format: FormatName,
    readonly scale: number,
  ) {
    const f = FORMATS[format];
    this.width = Math.round(f.width * scale);
    this.height = Math.round(f.height * scale);
    this.canvas = createCanvas(this.width, this.height);
    this.ctx = this.canvas.getContext('2d');
  }

  mm(v: number): number {
    return v * this.scale;
  }

  /** Clips everything that follows to the card outline (rounded ID-1 corners, square passport pages). */
  clipToCard(): void {
    const r = this.mm(FORMATS[this.format].corner);
    this.ctx.beginPath();
    this.ctx.roundRect(0, 0, this.width, this.height, r);
    this.ctx.clip();
  }

  fontFor(style: TextStyle): string {
    return font(this.mm(style.size), style.stack, style.weight ?? 400, style.stretch ?? 'normal');
  }

  /**
   * Draws one line with its baseline at y (mm) and returns its width in mm. With a key, the box is recorded
   * (top = baseline − 0.8 × size, height = 1.05 × size: the cap-height band plus descenders).
   */
  text(text: string, x: number, y: number, style: TextStyle, key?: string): number {
    const ctx = this.ctx;
    ctx.save();
    ctx.font = this.fontFor(style);
    ctx.fillStyle = style.color ?? '#1a1a1a';
    ctx.textBaseline = 'alphabetic';
    ctx.letterSpacing = `${this.mm(style.tracking ?? 0).toFixed(2)}px`;
    let width = ctx.measureText(text).width;
    const max = style.maxWidth === undefined ? Infinity : this.mm(style.maxWidth);
    const squeeze = width > max ? max / width : 1;
    const align = style.align ?? 'left';
    const drawn = width * squeeze;
    const left = align === 'left' ? this.mm(x) : align === 'center' ? this.mm(x) - drawn / 2 : this.mm(x) - drawn;
    ctx.translate(left, this.mm(y));
    ctx.scale(squeeze, 1);
    ctx.textAlign = 'left';
    ctx.fillText(text, 0, 0);
    ctx.restore();
    width = drawn;
    if (key !== undefined && text.length > 0) {
      const size = this.mm(style.size);
      this.boxes.push({
        key,
        x: left,
        y: this.mm(y) - size * 0.8,
        width,
        height: size * 1.05,
        font: this.fontFor(style),
        color: style.color ?? '#1a1a1a',
        text,
      });
    }
    return width / this.scale;
  }

  /** A label in small type (often bilingual) above or before a value. */
  label(text: string, x: number, y: number, size: number, stack: string, color: string, weight = 400): number {
    return this.text(text, x, y, { size, stack, color, weight });
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.ctx.fillStyle = color;
    this.ctx.fillRect(this.mm(x), this.mm(y), this.mm(w), this.mm(h));
  }

  roundRect(x: number, y: number, w: number, h: number, r: number, fill: string | null, stroke?: string, lineWidth = 0.2): void {
    const ctx = this.ctx;
    ctx.beginPath();
    ctx.roundRect(this.mm(x), this.mm(y), this.mm(w), this.mm(h), this.mm(r));
    if (fill !== null) {
      ctx.fillStyle = fill;
      ctx.fill();
    }
    if (stroke !== undefined) {
      ctx.strokeStyle = stroke;
      ctx.lineWidth = this.mm(lineWidth);
      ctx.stroke();
    }
  }

  /** Linear gradient background across the whole card. */
  gradient(stops: [number, string][], angleDeg = 0): void {
    const ctx = this.ctx;
    const a = (angleDeg * Math.PI) / 180;
    const cx = this.width / 2;
    const cy = this.height / 2;
    const r = Math.hypot(this.width, this.height) / 2;
    const g = ctx.createLinearGradient(cx - Math.cos(a) * r, cy - Math.sin(a) * r, cx + Math.cos(a) * r, cy + Math.sin(a) * r);
    for (const [at, color] of stops) g.addColorStop(at, color);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, this.width, this.height);
  }
}
