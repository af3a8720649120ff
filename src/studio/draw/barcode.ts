/**
 * Real, decodable barcodes drawn with their module patterns from bwip-js (Barcode Writer in Pure JavaScript):
 * QR, PDF417, Code 128 and Code 39 where the real card carries one. Drawn as filled rectangles on the card
 * canvas so they scale and warp with the card.
 */

import bwip from '@bwip-js/node';
import type { SKRSContext2D } from '@napi-rs/canvas';

type Matrix = { pixs: number[]; pixx: number };
type Linear = { sbs: number[] };

/**
 * A 2D symbol (QR or PDF417) filling the box. bwip-js's `pixs` holds `pixs.length / pixx` module rows (for PDF417
 * each row already repeated three times, the ISO/IEC 15438 minimum), so the rows are spread over the height.
 */
export function drawMatrixCode(
  ctx: SKRSContext2D,
  kind: 'qrcode' | 'pdf417',
  text: string,
  x: number,
  y: number,
  w: number,
  h: number,
  options: { color?: string; columns?: number } = {},
): void {
  const [symbol] = bwip.raw(kind, text, kind === 'pdf417' ? `columns=${options.columns ?? 4} eclevel=2` : 'eclevel=M') as unknown as Matrix[];
  if (!symbol) throw new Error(`bwip-js made no ${kind}`);
  const cols = symbol.pixx;
  const rows = symbol.pixs.length / cols;
  // Quiet zone of two modules on every side.
  const unitX = w / (cols + 4);
  const unitY = kind === 'qrcode' ? unitX : (h - 4 * unitX) / rows;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, w, kind === 'qrcode' ? unitX * (rows + 4) : h);
  ctx.fillStyle = options.color ?? '#111';
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (symbol.pixs[r * cols + c]) ctx.fillRect(x + (c + 2) * unitX, y + 2 * unitX + r * unitY, unitX + 0.3, unitY + 0.3);
    }
  }
}

/** A linear symbol (Code 128 or Code 39) filling the box, bars only (human-readable text is the layout's). */
export function drawLinearCode(ctx: SKRSContext2D, kind: 'code128' | 'code39', text: string, x: number, y: number, w: number, h: number, color = '#111'): void {
  const [symbol] = bwip.raw(kind, text, {}) as unknown as Linear[];
  if (!symbol) throw new Error(`bwip-js made no ${kind}`);
  const total = symbol.sbs.reduce((s, v) => s + v, 0);
  const unit = w / total;
  ctx.fillStyle = color;
  let at = x;
  symbol.sbs.forEach((width, i) => {
    // sbs alternates bar, space, bar … starting with a bar.
    if (i % 2 === 0) ctx.fillRect(at, y, width * unit, h);
    at += width * unit;
  });
}
