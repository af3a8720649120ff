/**
 * Per-structure figures of `npm run bench:accuracy` from the scored documents: percentages pooled over fields
 * and documents, time per side, the fields most often wrong and examples of misclassification.
 */

import type { DocumentScore, FieldScore } from './accuracy-score.js';

/** One document as measured: its score, what the pipeline said, and its time. */
export interface MeasuredDocument {
  name: string;
  score: DocumentScore;
  read: { structure: string | null; cardSubType: string; warnings: string[] };
  expectedSubType: string;
  /** Pipeline wall time divided by the number of sides sent. */
  msPerSide: number;
}

export interface WorstField {
  field: string;
  wrong: number;
  of: number;
  example: { document: string; expected: string; got: string | null };
}

export interface Misclassified {
  document: string;
  expected: string;
  got: string;
  warnings: string[];
}

export interface StructureSummary {
  documents: number;
  /** Percent of scored fields exact. */
  fieldsExact: number;
  /** Percent of documents with every field exact. */
  documentsExact: number;
  /** Percent of documents classified as their truth's structure and CardSubType with AUTO. */
  autoClassification: number;
  medianMs: number;
  p95Ms: number;
  worstFields: WorstField[];
  misclassified: Misclassified[];
}

/** Nearest-rank percentile (same rule as bench/speed.ts). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number);
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : round1((100 * part) / whole));

const WORST_FIELDS = 5;
const MISCLASSIFIED_EXAMPLES = 5;

function worstFields(docs: MeasuredDocument[]): WorstField[] {
  // Across structures (the "all" row) a key such as FullName names different fields: label them by structure.
  const mixed = new Set(docs.map((d) => d.score.structure)).size > 1;
  const byField = new Map<string, { wrong: FieldScore[]; of: number; docs: string[] }>();
  for (const doc of docs) {
    for (const field of doc.score.fields) {
      const label = mixed ? `${doc.score.structure}.${field.key}` : field.key;
      const entry = byField.get(label) ?? { wrong: [], of: 0, docs: [] };
      entry.of += 1;
      if (!field.exact) {
        entry.wrong.push(field);
        entry.docs.push(doc.name);
      }
      byField.set(label, entry);
    }
  }
  return [...byField.entries()]
    .filter(([, e]) => e.wrong.length > 0)
    .sort((a, b) => b[1].wrong.length - a[1].wrong.length)
    .slice(0, WORST_FIELDS)
    .map(([field, e]) => {
      // Prefer an example where something was read: it says more than "another structure".
      const at = Math.max(0, e.wrong.findIndex((f) => f.got !== null));
      const f = e.wrong[at] as FieldScore;
      return { field, wrong: e.wrong.length, of: e.of, example: { document: e.docs[at] as string, expected: f.expected, got: f.got } };
    });
}

/** `Structure/CardSubType`; `null` when nothing was read, the structure alone when there is no subtype. */
export function kind(structure: string | null, cardSubType: string): string {
  if (structure === null) return 'null';
  return cardSubType === '' ? structure : `${structure}/${cardSubType}`;
}

export function summarize(docs: MeasuredDocument[]): StructureSummary {
  const fields = docs.flatMap((d) => d.score.fields);
  const times = docs.map((d) => d.msPerSide);
  return {
    documents: docs.length,
    fieldsExact: percent(fields.filter((f) => f.exact).length, fields.length),
    documentsExact: percent(docs.filter((d) => d.score.exact).length, docs.length),
    autoClassification: percent(docs.filter((d) => d.score.classified).length, docs.length),
    medianMs: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    worstFields: worstFields(docs),
    misclassified: docs
      .filter((d) => !d.score.classified)
      .slice(0, MISCLASSIFIED_EXAMPLES)
      .map((d) => ({
        document: d.name,
        expected: kind(d.score.structure, d.expectedSubType),
        got: kind(d.read.structure, d.read.cardSubType),
        warnings: d.read.warnings,
      })),
  };
}

/** The targets; the documents target is stated for the `photo` condition only. */
export const TARGETS = { fieldsExact: 97, documentsExact: 85, autoClassification: 99, medianMs: 1000 } as const;

/** Names of the targets a summary misses (`documents` only judged when `judgeDocuments`). */
export function missedTargets(s: StructureSummary, judgeDocuments: boolean): string[] {
  const missed: string[] = [];
  if (s.fieldsExact < TARGETS.fieldsExact) missed.push('fields');
  if (judgeDocuments && s.documentsExact < TARGETS.documentsExact) missed.push('documents');
  if (s.autoClassification < TARGETS.autoClassification) missed.push('auto');
  if (s.medianMs > TARGETS.medianMs) missed.push('time');
  return missed;
}
