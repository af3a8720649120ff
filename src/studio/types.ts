/**
 * Shapes shared by the studio's parts: a generated document (data + how it is printed), the layouts that draw
 * it, and the truth file written beside its images (issue 4).
 */

import type { Canvas } from '@napi-rs/canvas';
import type { StructureFields } from '../documents/seed-shapes.js';
import type { Side, StructureName, WarnCode } from '../verification/types.js';
import type { Rng } from './prng.js';

export type { Side, StructureName, WarnCode };

export const CONDITIONS = [
  'clean',
  'photo',
  'glare',
  'blur',
  'low-res',
  'cut-off',
  'two-cards',
  'paper-copy',
  'screen',
  'screenshot',
  'tampered',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export type SideChoice = Side | 'both';

/** Physical formats, in millimetres (ISO/IEC 7810 ID-1; ICAO 9303 TD2 and TD3 passport page). */
export const FORMATS = {
  ID1: { width: 85.6, height: 53.98, corner: 3.18 },
  TD2: { width: 105, height: 74, corner: 3.18 },
  TD3: { width: 125, height: 88, corner: 0 },
} as const;
export type FormatName = keyof typeof FORMATS;

/** A rule broken on purpose by `--invalid`, recorded so tests and readers know what to expect. */
export interface BrokenRule {
  rule: string;
  detail: string;
  /** The side that shows the broken value (a TD1 card's MRZ is on its back). */
  side: Side;
}

/**
 * One document's data: the seed member as a correct reader returns it, which side each value is printed on,
 * and everything the layout needs to print it (`print`: layout-specific strings and flags).
 */
export interface DocumentData {
  structure: StructureName;
  nationality: string;
  cardType: 'ID_CARD' | 'PASSPORT' | 'DRIVING_LICENSE';
  cardSubType: string;
  format: FormatName;
  /** Sides the real document has printed matter on, in order. */
  sides: Side[];
  fields: StructureFields;
  /** The side each non-empty field is read from; fields not listed are on the front. */
  fieldSides: Record<string, Side>;
  mrz: string[] | null;
  /** Which side carries the MRZ (TD1 cards: the back). */
  mrzSide: Side;
  broken: BrokenRule | null;
  print: Record<string, string>;
  /** Seeds for the portrait and signature drawings, so each document draws its own person. */
  personSeed: string;
  sex: 'M' | 'F';
}

/** A text or portrait area recorded while drawing, in card pixels; the tampered condition repaints one. */
export interface FieldBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  font: string;
  color: string;
  text: string;
}

export interface RenderedSide {
  side: Side;
  canvas: Canvas;
  boxes: FieldBox[];
  /** Portrait area (card pixels), when the side has one. */
  portrait: { x: number; y: number; width: number; height: number } | null;
}

/** One field a tampering may rewrite, with the value it then reads as. */
export interface TamperTarget {
  /** Box key as recorded while drawing. */
  box: string;
  /** Seed keys whose value becomes the new printed text. */
  fields: string[];
  /** True when another printed zone (MRZ, ID number, telex code) cross-checks it: the edit is then detectable. */
  crossChecked: boolean;
  /** Sets the seed values that follow from the new text, when more than `fields` change (e.g. FullName). */
  update?: (fields: StructureFields, value: string) => void;
}

export interface Layout {
  structure: StructureName;
  /** Builds the document's data (valid, or with one rule broken when `invalid`). */
  generate(rng: Rng, invalid: boolean): DocumentData;
  /** Draws one side at `pxPerMm` resolution. */
  render(doc: DocumentData, side: Side, pxPerMm: number): RenderedSide;
  /** Text fields the tampered condition may rewrite, and a fresh value for one. */
  tamperTargets: TamperTarget[];
  tamperValue(rng: Rng, doc: DocumentData, target: TamperTarget): string;
}

export type Point = [number, number];

/** The truth file `NNN.json` (issue 4). */
export interface Truth {
  Structure: StructureName;
  Nationality: string;
  CardType: string;
  CardSubType: string;
  CardInfo: StructureFields;
  Mrz: string[] | null;
  Quads: Partial<Record<Side, Point[]>>;
  Condition: Condition;
  ExpectedWarnings: WarnCode[];
  Seed: string;
}
