/**
 * Scores one read document against its truth, field by field, for `npm run bench:accuracy`. Pure: no engines,
 * no files, so the rules below are unit-tested (test/bench/accuracy-score.test.ts).
 *
 * Rules:
 * - The fields are the truth structure's seed keys (spec §F.2, `SEED_SHAPES`); a nested object such as
 *   GeneralCard.Address counts each inner key as its own field (`Address.City`).
 * - A studio truth has every seed key, and an empty truth value counts too: a reader that invents a value where
 *   the truth is `""` is wrong. A truth marked `Partial` (converted specimens whose ground truth lacks some keys)
 *   is scored on the keys it has only; a non-partial truth that lacks a seed key is a malformed truth file.
 * - Exact means equal after trimming only: case and inner spaces matter, values are "as printed" (D12).
 * - A key the reader left out counts as `""`, what the client receives once the wire shaping fills the seed
 *   member (D10, src/actions/shape-result.ts).
 * - A read of another structure (or none) makes every field of the document wrong (`got` null).
 * - AUTO classification is right when structure and CardSubType both match; a truth with CardSubType `""`
 *   (a specimen of a template generation with no documented name) is classified on its structure alone.
 */

import { SEED_OBJECT_KEYS, SEED_SHAPES, type StructureFields } from '../../src/documents/seed-shapes.js';
import type { StructureName } from '../../src/verification/types.js';

/** The part of a truth file (the studio's `NNN.json`) that scoring uses. */
export interface ScoringTruth {
  Structure: StructureName;
  CardSubType: string;
  CardInfo: StructureFields;
  /** Only the keys present are scored (converted specimens). */
  Partial?: boolean;
}

/** The part of a pipeline outcome that scoring uses. */
export interface ScoringRead {
  structure: StructureName | null;
  cardSubType: string;
  fields: Record<string, unknown> | null;
}

export interface FieldScore {
  /** Seed key, `Outer.Inner` for a key of a nested object. */
  key: string;
  expected: string;
  /** What the client would receive; null when the document was read as another structure or not at all. */
  got: string | null;
  exact: boolean;
}

export interface DocumentScore {
  structure: StructureName;
  fields: FieldScore[];
  structureMatch: boolean;
  /** Structure and CardSubType as the truth (AUTO classification). */
  classified: boolean;
  /** Every field exact. */
  exact: boolean;
}

/** A value as the wire shaping turns it into a string (src/actions/shape-result.ts `fitToSeed`). */
function asWire(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? '' : String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The (key, expected value) pairs scored for a truth, in seed order. */
export function scoredKeys(truth: ScoringTruth): Array<{ path: [string] | [string, string]; expected: string }> {
  const shape: readonly string[] = SEED_SHAPES[truth.Structure];
  const objects = SEED_OBJECT_KEYS[truth.Structure] ?? {};
  const partial = truth.Partial === true;
  for (const key of Object.keys(truth.CardInfo)) {
    if (!shape.includes(key)) throw new Error(`truth ${truth.Structure} has key "${key}", which is not a seed key of that structure`);
  }
  const out: Array<{ path: [string] | [string, string]; expected: string }> = [];
  for (const key of shape) {
    const value = truth.CardInfo[key];
    if (value === undefined) {
      if (partial) continue;
      throw new Error(`truth ${truth.Structure} lacks seed key "${key}" (mark a truth that gives only some keys "Partial": true)`);
    }
    const inner = objects[key];
    if (inner === undefined) {
      if (typeof value !== 'string') throw new Error(`truth ${truth.Structure}.${key} must be a string`);
      out.push({ path: [key], expected: value });
      continue;
    }
    if (!isObject(value)) throw new Error(`truth ${truth.Structure}.${key} must be an object with keys ${inner.join(', ')}`);
    for (const k of Object.keys(value)) {
      if (!inner.includes(k)) throw new Error(`truth ${truth.Structure}.${key} has key "${k}", which is not a seed key`);
    }
    for (const k of inner) {
      const v = value[k];
      if (v === undefined) {
        if (partial) continue;
        throw new Error(`truth ${truth.Structure} lacks seed key "${key}.${k}"`);
      }
      out.push({ path: [key, k], expected: v });
    }
  }
  return out;
}

export function scoreDocument(truth: ScoringTruth, read: ScoringRead): DocumentScore {
  const structureMatch = read.structure === truth.Structure;
  const fields: FieldScore[] = scoredKeys(truth).map(({ path, expected }) => {
    let got: string | null = null;
    if (structureMatch) {
      const outer = read.fields?.[path[0]];
      got = path.length === 1 ? asWire(outer) : asWire(isObject(outer) ? outer[path[1]] : undefined);
    }
    return { key: path.join('.'), expected, got, exact: got !== null && got.trim() === expected.trim() };
  });
  const classified = structureMatch && (truth.CardSubType === '' || read.cardSubType === truth.CardSubType);
  return { structure: truth.Structure, fields, structureMatch, classified, exact: structureMatch && fields.every((f) => f.exact) };
}
