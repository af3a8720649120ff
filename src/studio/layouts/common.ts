/**
 * Helpers every layout uses: the empty seed member to fill (documents/seed-shapes.ts, so the key set is always
 * exactly the seed's), the finished RenderedSide, and the "broken rule" record of `--invalid`.
 */

import { emptyStructure, type StructureFields } from '../../documents/seed-shapes.js';
import type { Painter } from '../draw/painter.js';
import { Rng } from '../prng.js';
import type { BrokenRule, DocumentData, RenderedSide, Side, StructureName } from '../types.js';

export function fieldsOf(structure: StructureName, values: Record<string, string>): StructureFields {
  const fields = emptyStructure(structure);
  for (const [key, value] of Object.entries(values)) {
    if (!(key in fields)) throw new Error(`${structure} has no seed key ${key}`);
    fields[key] = value;
  }
  return fields;
}

export function finish(p: Painter, side: Side, portrait: RenderedSide['portrait']): RenderedSide {
  return { side, canvas: p.canvas, boxes: p.boxes, portrait };
}

export function broken(rule: string, detail: string, side: Side = 'front'): BrokenRule {
  return { rule, detail, side };
}

/** Replaces the character at `index` with another one from `alphabet`. */
export function changeChar(text: string, index: number, alphabet = '0123456789'): string {
  const current = text.charAt(index);
  const at = alphabet.indexOf(current);
  const next = alphabet.charAt((at + 1 + (index % (alphabet.length - 1))) % alphabet.length);
  return text.slice(0, index) + (next === current ? alphabet.charAt((at + 1) % alphabet.length) : next) + text.slice(index + 1);
}

export function str(doc: DocumentData, key: string): string {
  const v = doc.print[key] ?? doc.fields[key];
  if (typeof v !== 'string') throw new Error(`${doc.structure}: ${key} is not a printed string`);
  return v;
}

/** A pale emblem watermark: concentric petals around a centre (bauhinia, hibiscus, sun and the like). */
export function petals(p: Painter, cx: number, cy: number, r: number, count: number, color: string, alpha: number): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    ctx.save();
    ctx.translate(p.mm(cx), p.mm(cy));
    ctx.rotate(a);
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.bezierCurveTo(p.mm(r * 0.55), -p.mm(r * 0.35), p.mm(r * 1.05), -p.mm(r * 0.15), p.mm(r), p.mm(r * 0.08));
    ctx.bezierCurveTo(p.mm(r * 0.7), p.mm(r * 0.3), p.mm(r * 0.3), p.mm(r * 0.2), 0, 0);
    ctx.fill();
    ctx.restore();
  }
  ctx.restore();
}

/** The drawing generator of one side: backgrounds and ornaments vary per document but not per condition. */
export function seeded(doc: DocumentData, side: Side): Rng {
  return new Rng(`${doc.personSeed}/render/${side}`);
}
