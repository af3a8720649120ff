/**
 * The documents `npm run bench:accuracy` scores: fresh studio documents (every side the studio prints, as a
 * client would send them), or a folder of images with truth files in the studio's format.
 *
 * Folder mode (`--dir DIR`): every `*.json` under DIR that parses as a studio truth file (docs/studio.md; what
 * `cardverify samples` writes) is one document. Its images are either
 * - `NAME-front.jpg` and, when present, `NAME-back.jpg` beside `NAME.json` (`.png` also accepted), or
 * - the files named by an extra field `Images: {"front": "a.jpg", "back"?: "b.jpg"}`, relative to the JSON
 *   file (absolute paths work too): how converted specimens point at images kept outside the repository.
 * An extra field `Partial: true` marks a truth that gives only some seed keys (see accuracy-score.ts).
 * JSON files that are not truth files are skipped with a note on stderr.
 */

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { sniffFormat } from '../../src/images/sniff-format.js';
import { generateDocument } from '../../src/studio/generate-document.js';
import type { Condition } from '../../src/studio/types.js';
import { SEED_STRUCTURES, type Side, type StructureName, type SubmittedImage } from '../../src/verification/types.js';
import type { ScoringTruth } from './accuracy-score.js';

export interface BenchDocument {
  name: string;
  truth: ScoringTruth;
  images: SubmittedImage[];
}

const submitted = (side: Side, bytes: Buffer): SubmittedImage => ({ side, format: sniffFormat(bytes), width: 0, height: 0, bytes });

/** Studio documents, generated one at a time so only one document's images are held. */
export async function* studioDocuments(options: {
  structures: readonly StructureName[];
  count: number;
  seed: string;
  condition: Condition;
}): AsyncGenerator<BenchDocument> {
  for (const structure of options.structures) {
    for (let index = 1; index <= options.count; index += 1) {
      const doc = await generateDocument({ structure, seed: options.seed, index, condition: options.condition, side: 'both', invalid: false });
      const images: SubmittedImage[] = [];
      for (const side of ['front', 'back'] as const) {
        const bytes = doc.images[side];
        if (bytes !== undefined) images.push(submitted(side, bytes));
      }
      yield { name: `${structure} #${index}`, truth: doc.truth, images };
    }
  }
}

const fieldsSchema = z.record(z.union([z.string(), z.record(z.string())]));

/** The studio truth file's fields that folder mode needs, plus the two folder-mode extensions. */
const folderTruthSchema = z.object({
  Structure: z.enum(SEED_STRUCTURES),
  CardSubType: z.string(),
  CardInfo: fieldsSchema,
  Partial: z.boolean().optional(),
  Images: z.object({ front: z.string(), back: z.string().optional() }).optional(),
});

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
    .map((e) => join(e.parentPath ?? dir, e.name))
    .sort();
}

/** `NAME-side.jpg` (or .jpeg/.png) beside `NAME.json`, when it exists. */
function besideTruth(jsonFile: string, side: Side): string | undefined {
  const stem = jsonFile.replace(/\.json$/i, '');
  return ['jpg', 'jpeg', 'png'].map((ext) => `${stem}-${side}.${ext}`).find((file) => existsSync(file));
}

export async function folderDocuments(dir: string, note: (message: string) => void): Promise<BenchDocument[]> {
  const out: BenchDocument[] = [];
  for (const file of await jsonFilesUnder(dir)) {
    const name = relative(dir, file);
    let parsed;
    try {
      parsed = folderTruthSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      note(`skipped ${name}: ${(error as Error).message}`);
      continue;
    }
    if (!parsed.success) {
      note(`skipped ${name}: not a studio truth file (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
      continue;
    }
    const truth = parsed.data;
    const paths: Partial<Record<Side, string>> = truth.Images
      ? { front: resolve(dirname(file), truth.Images.front), ...(truth.Images.back === undefined ? {} : { back: resolve(dirname(file), truth.Images.back) }) }
      : { front: besideTruth(file, 'front'), back: besideTruth(file, 'back') };
    if (paths.front === undefined) throw new Error(`${file}: no front image (NAME-front.jpg beside it, or an "Images" field)`);
    const images: SubmittedImage[] = [];
    for (const side of ['front', 'back'] as const) {
      const path = paths[side];
      if (path !== undefined) images.push(submitted(side, await readFile(path)));
    }
    const { Images: _images, ...scoring } = truth;
    out.push({ name, truth: scoring, images });
  }
  return out;
}
