import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeGallery } from '../studio/gallery.js';
import { generateDocument } from '../studio/generate-document.js';
import { CONDITIONS, type Condition, type SideChoice } from '../studio/types.js';
import { SEED_STRUCTURES, type StructureName } from '../verification/types.js';
import { UsageError } from './usage-error.js';

/** Options of `cardverify samples` as parsed from the command line (all strings, as parseArgs gives them). */
export interface SamplesOptions {
  type?: string;
  count?: string | number;
  seed?: string;
  condition?: string;
  side?: string;
  out?: string;
  invalid?: boolean;
  gallery?: string;
}

export const SAMPLES_USAGE = `cardverify samples --type STRUCTURE --count N --seed S [--condition C] [--side front|back|both] [--invalid] --out DIR
cardverify samples --gallery DIR [--seed S]
  STRUCTURE: ${SEED_STRUCTURES.join(', ')}, or "all"
  C: ${CONDITIONS.join(', ')} (default photo)`;

function parseCount(value: string | number | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100000) throw new UsageError(`--count must be a whole number from 1, got ${String(value)}`);
  return n;
}

function parseStructures(type: string | undefined): StructureName[] {
  if (type === undefined) throw new UsageError(`--type is required\n\n${SAMPLES_USAGE}`);
  if (type === 'all') return [...SEED_STRUCTURES];
  const found = SEED_STRUCTURES.find((s) => s === type);
  if (!found) throw new UsageError(`unknown --type "${type}"\n\n${SAMPLES_USAGE}`);
  return [found];
}

/**
 * `cardverify samples`: writes test documents with their truth files (issue 4; docs/studio.md). Same arguments,
 * same bytes: nothing here reads the clock or Math.random.
 */
export async function runSamples(options: SamplesOptions): Promise<number> {
  const seed = options.seed ?? '1';
  if (options.gallery !== undefined) {
    const n = await writeGallery(options.gallery, seed, (done, total) => process.stderr.write(`\rgallery ${done}/${total}`));
    process.stderr.write('\n');
    process.stdout.write(`wrote ${n} documents and ${join(options.gallery, 'index.html')}\n`);
    return 0;
  }
  const structures = parseStructures(options.type);
  const count = parseCount(options.count);
  const condition = (options.condition ?? 'photo') as Condition;
  if (!CONDITIONS.includes(condition)) throw new UsageError(`unknown --condition "${options.condition}"\n\n${SAMPLES_USAGE}`);
  const side = (options.side ?? 'both') as SideChoice;
  if (!['front', 'back', 'both'].includes(side)) throw new UsageError(`--side must be front, back or both, got "${options.side}"`);
  if (options.out === undefined) throw new UsageError(`--out is required\n\n${SAMPLES_USAGE}`);
  for (const structure of structures) {
    const dir = structures.length > 1 ? join(options.out, structure) : options.out;
    await mkdir(dir, { recursive: true });
    for (let index = 1; index <= count; index++) {
      let doc;
      try {
        doc = await generateDocument({ structure, seed, index, condition, side, invalid: options.invalid === true });
      } catch (err) {
        if (err instanceof RangeError) throw new UsageError(err.message);
        throw err;
      }
      const name = String(index).padStart(3, '0');
      for (const [s, bytes] of Object.entries(doc.images)) await writeFile(join(dir, `${name}-${s}.jpg`), bytes);
      await writeFile(join(dir, `${name}.json`), `${JSON.stringify(doc.truth, null, 2)}\n`);
      process.stdout.write(`${join(dir, name)} ${structure} ${condition}${doc.truth.ExpectedWarnings.length ? ` [${doc.truth.ExpectedWarnings.join(', ')}]` : ''}\n`);
    }
  }
  return 0;
}
