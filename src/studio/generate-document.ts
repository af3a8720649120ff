/**
 * One document from its seed: data from the layout's generator, each side drawn, the condition applied, JPEG
 * bytes and the truth file (issue 4 §1). Everything random flows from `Rng(seed)`, so the same arguments give
 * the same bytes.
 */

import { WARN_CODES } from '../verification/types.js';
import { applyCondition, CONDITION_WARNINGS } from './conditions/apply-condition.js';
import { tamper } from './conditions/tamper.js';
import { encodeJpeg } from './encode.js';
import { registerStudioFonts } from './fonts.js';
import { LAYOUTS } from './layouts/layouts.js';
import { Rng } from './prng.js';
import { fromCanvas, type Raster } from './raster/raster.js';
import { SEED_STRUCTURES } from '../verification/types.js';
import type { Condition, Point, Side, SideChoice, StructureName, Truth, WarnCode } from './types.js';
import type { StructureFields } from '../documents/seed-shapes.js';

/** Render resolution: 12 px per mm (about 305 dpi), a flat scan's usual density. */
export const PX_PER_MM = 12;

export interface DocumentRequest {
  structure: StructureName;
  /** Seed of the run (`--seed`). */
  seed: string;
  /** Position in the run, from 1. */
  index: number;
  condition: Condition;
  side: SideChoice;
  invalid: boolean;
}

export interface GeneratedDocument {
  truth: Truth;
  images: Partial<Record<Side, Buffer>>;
}

/** The seed string that fixes a document's data (the condition draws from it plus its own name). */
export function documentSeed(seed: string, structure: StructureName, index: number): string {
  return `${seed}/${structure}/${index}`;
}

/** Keeps only the values readable on the sides included (a front-only image cannot show the back's address). */
function visibleFields(fields: StructureFields, fieldSides: Record<string, Side>, sides: Side[]): StructureFields {
  const out = structuredClone(fields);
  for (const key of Object.keys(out)) {
    const side = fieldSides[key] ?? 'front';
    if (sides.includes(side)) continue;
    const value = out[key];
    out[key] = typeof value === 'string' ? '' : Object.fromEntries(Object.keys(value ?? {}).map((k) => [k, '']));
  }
  return out;
}

function round(quad: Point[]): Point[] {
  return quad.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
}

/** A front of some other structure, for the second card of `two-cards`. */
function otherCard(seed: string, structure: StructureName): Raster {
  const rng = new Rng(`${seed}/other`);
  const others = SEED_STRUCTURES.filter((s) => s !== structure);
  const layout = LAYOUTS[rng.pick(others)];
  const doc = layout.generate(rng.fork('data'), false);
  return fromCanvas(layout.render(doc, 'front', PX_PER_MM).canvas);
}

export async function generateDocument(req: DocumentRequest): Promise<GeneratedDocument> {
  registerStudioFonts();
  const layout = LAYOUTS[req.structure];
  const seed = documentSeed(req.seed, req.structure, req.index);
  const rng = new Rng(seed);
  const doc = layout.generate(rng.fork('data'), req.invalid);
  const sides = req.side === 'both' ? doc.sides : doc.sides.filter((s) => s === req.side);
  if (sides.length === 0) throw new RangeError(`${req.structure} has no printed ${req.side} side`);
  const capture = new Rng(`${seed}/${req.condition}`);
  const warnings = new Set<WarnCode>(CONDITION_WARNINGS[req.condition]);
  let fields = doc.fields;
  const images: Partial<Record<Side, Buffer>> = {};
  const quads: Partial<Record<Side, Point[]>> = {};
  for (const side of sides) {
    const rendered = layout.render(doc, side, PX_PER_MM);
    if (req.condition === 'tampered' && side === sides[0]) {
      const result = tamper(capture.fork('tamper'), layout, doc, rendered);
      fields = result.fields;
      // The edit is provable only when the zone that cross-checks it (the MRZ) is among the images.
      if (result.crossChecked && (doc.mrz === null || sides.includes(doc.mrzSide))) warnings.add('InformationVerificationFailed');
    }
    const shot = applyCondition(req.condition, side, capture.fork(side), fromCanvas(rendered.canvas), () => otherCard(seed, req.structure));
    images[side] = await encodeJpeg(shot.image, shot.quality);
    quads[side] = round(shot.quad);
  }
  if (doc.broken && sides.includes(doc.broken.side)) warnings.add('InformationVerificationFailed');
  const truth: Truth = {
    Structure: doc.structure,
    Nationality: doc.nationality,
    CardType: doc.cardType,
    CardSubType: doc.cardSubType,
    CardInfo: visibleFields(fields, doc.fieldSides, sides),
    Mrz: doc.mrz && sides.includes(doc.mrzSide) ? doc.mrz : null,
    Quads: quads,
    Condition: req.condition,
    ExpectedWarnings: WARN_CODES.filter((w) => warnings.has(w)),
    Seed: seed,
  };
  return { truth, images };
}
