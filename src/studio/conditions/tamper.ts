/**
 * The tampered condition (issue 4 §5): one field rewritten, or the portrait replaced, the way a forger edits a
 * genuine card — the old text painted over with the surrounding colour and new text set in a near-but-not-equal
 * style. The truth's CardInfo then holds what is printed now; when the field is cross-checked elsewhere on the
 * document (MRZ, telex code), the inconsistency is detectable too.
 */

import type { StructureFields } from '../../documents/seed-shapes.js';
import { drawPortrait } from '../draw/portrait.js';
import type { Rng } from '../prng.js';
import type { DocumentData, FieldBox, Layout, RenderedSide } from '../types.js';

export interface TamperResult {
  fields: StructureFields;
  crossChecked: boolean;
  /** What was changed, for the record. */
  what: string;
}

function ringColour(side: RenderedSide, box: FieldBox): string {
  const ctx = side.canvas.getContext('2d');
  const pad = Math.max(2, Math.round(box.height * 0.2));
  const x0 = Math.max(0, Math.floor(box.x - pad));
  const y0 = Math.max(0, Math.floor(box.y - pad));
  const x1 = Math.min(side.canvas.width - 1, Math.ceil(box.x + box.width + pad));
  const y1 = Math.min(side.canvas.height - 1, Math.ceil(box.y + box.height + pad));
  const img = ctx.getImageData(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const edge = x < 2 || y < 2 || x >= img.width - 2 || y >= img.height - 2;
      if (!edge) continue;
      const i = (y * img.width + x) * 4;
      r += img.data[i]!;
      g += img.data[i + 1]!;
      b += img.data[i + 2]!;
      n++;
    }
  }
  return `rgb(${Math.round(r / n)},${Math.round(g / n)},${Math.round(b / n)})`;
}

function replacePortrait(rng: Rng, doc: DocumentData, side: RenderedSide): void {
  const box = side.portrait!;
  const ctx = side.canvas.getContext('2d');
  const sex = rng.chance(0.5) ? doc.sex : doc.sex === 'M' ? 'F' : 'M';
  const grow = rng.range(0.98, 1.04);
  const impostor = drawPortrait(`${doc.personSeed}/impostor/${rng.nextUint32()}`, box.width * grow, box.height * grow, {
    sex,
    background: rng.pick(['#e8ecef', '#dfe6ee', '#f2f2f2', '#d8e0e8']),
  });
  ctx.drawImage(impostor, box.x + rng.range(-2, 2), box.y + rng.range(-2, 2));
}

export function tamper(rng: Rng, layout: Layout, doc: DocumentData, side: RenderedSide): TamperResult {
  const fields = structuredClone(doc.fields);
  const targets = layout.tamperTargets.filter((t) => side.boxes.some((b) => b.key === t.box));
  if (side.portrait && (targets.length === 0 || rng.chance(0.4))) {
    replacePortrait(rng, doc, side);
    return { fields, crossChecked: false, what: 'portrait' };
  }
  if (targets.length === 0) throw new RangeError(`${layout.structure} has nothing to tamper with on its ${side.side}`);
  const target = rng.pick(targets);
  const box = side.boxes.find((b) => b.key === target.box)!;
  let value = layout.tamperValue(rng, doc, target);
  for (let i = 0; i < 5 && value === box.text; i++) value = layout.tamperValue(rng, doc, target);
  const ctx = side.canvas.getContext('2d');
  ctx.fillStyle = ringColour(side, box);
  const pad = box.height * 0.12;
  ctx.fillRect(box.x - pad, box.y - pad, box.width + 2 * pad + box.height * 0.5, box.height + 2 * pad);
  ctx.save();
  const size = Number(/([\d.]+)px/.exec(box.font)?.[1] ?? '20') * rng.range(0.94, 1.05);
  ctx.font = box.font.replace(/[\d.]+px/, `${size.toFixed(2)}px`);
  ctx.fillStyle = rng.chance(0.5) ? box.color : '#2b2b2b';
  ctx.fillText(value, box.x + rng.range(-1.5, 1.5), box.y + box.height / 1.05 * 0.8 + rng.range(-1.5, 1.5));
  ctx.restore();
  for (const key of target.fields) fields[key] = value;
  target.update?.(fields, value);
  return { fields, crossChecked: target.crossChecked, what: target.box };
}
