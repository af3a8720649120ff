// Accuracy benchmark: `npm run bench:accuracy -- [--count N] [--condition C] [--seed S] [--structure S[,S…]]
// [--dir DIR] [--json]` (node --import tsx bench/accuracy.ts).
// Fresh studio documents (docs/studio.md; default seed `bench-accuracy-1`, used nowhere in development or test/),
// `--count` per structure (default 20) for every seed structure or those `--structure` names (repeatable or a comma
// list), under `--condition` (default photo). Each document goes through the whole pipeline in this thread (one
// worker's engines, as bench/speed.ts) with every side the studio prints, card type AUTO and nationality "", as a
// client would send it, and is scored field by field against its truth (bench/support/accuracy-score.ts).
// `--dir DIR` scores a folder of images with truth files in the studio's format instead (formats, the `Images` and
// `Partial` extensions: bench/support/accuracy-inputs.ts) and also prints each document's field comparison.
// Reports per structure and for all: fieldsExact, documentsExact, autoClassification (percent), median and p95 ms
// per side, the fields most often wrong, misclassified examples; peak RSS. `--json`: one object keyed by structure
// name plus "all" (which also carries the run's settings and peakRssMb); `npm run -s` keeps npm's banner off stdout.
// Progress on stderr.
// Targets (issue): fields ≥ 97 %, documents ≥ 85 % under `photo`, AUTO ≥ 99 %, median ≤ 1 s per side.

import { parseArgs } from 'node:util';
import { createEngines } from '../src/engines/engines.js';
import { loadPolicy } from '../src/pipeline/load-policy.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { CONDITIONS, type Condition } from '../src/studio/types.js';
import { SEED_STRUCTURES, type StructureName, type VerificationOutcome } from '../src/verification/types.js';
import { folderDocuments, studioDocuments, type BenchDocument } from './support/accuracy-inputs.js';
import { scoreDocument } from './support/accuracy-score.js';
import { kind, missedTargets, summarize, TARGETS, type MeasuredDocument, type StructureSummary } from './support/accuracy-summary.js';

const DEFAULT_SEED = 'bench-accuracy-1';

interface Settings {
  json: boolean;
  count: number;
  condition: Condition;
  seed: string;
  structures: StructureName[];
  dir: string | undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function settings(): Settings {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      count: { type: 'string', default: '20' },
      condition: { type: 'string', default: 'photo' },
      seed: { type: 'string', default: DEFAULT_SEED },
      structure: { type: 'string', multiple: true },
      dir: { type: 'string' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) fail(`--count must be a whole number from 1, got ${values.count}`);
  const condition = values.condition as Condition;
  if (!CONDITIONS.includes(condition)) fail(`unknown --condition "${values.condition}" (one of ${CONDITIONS.join(', ')})`);
  const named = (values.structure ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  for (const name of named) if (!(SEED_STRUCTURES as readonly string[]).includes(name)) fail(`unknown --structure "${name}" (one of ${SEED_STRUCTURES.join(', ')})`);
  const structures = named.length === 0 ? [...SEED_STRUCTURES] : SEED_STRUCTURES.filter((s) => named.includes(s));
  return { json: values.json === true, count, condition, seed: values.seed as string, structures, dir: values.dir };
}

const pad = (text: string | number, width: number): string => String(text).padStart(width);
const show = (value: string | null): string => (value === null ? '— (not read as this structure)' : JSON.stringify(value));

function table(rows: Array<[string, StructureSummary]>, judgeDocuments: boolean): string {
  const head = `${'structure'.padEnd(26)}${pad('docs', 5)}${pad('fields%', 9)}${pad('docs%', 8)}${pad('auto%', 8)}${pad('median ms', 11)}${pad('p95 ms', 9)}  missed targets`;
  const lines = rows.map(
    ([name, s]) =>
      `${name.padEnd(26)}${pad(s.documents, 5)}${pad(s.fieldsExact.toFixed(1), 9)}${pad(s.documentsExact.toFixed(1), 8)}${pad(s.autoClassification.toFixed(1), 8)}` +
      `${pad(Math.round(s.medianMs), 11)}${pad(Math.round(s.p95Ms), 9)}  ${missedTargets(s, judgeDocuments).join(',') || '-'}`,
  );
  return [head, ...lines].join('\n');
}

function details(rows: Array<[string, StructureSummary]>): string {
  const out: string[] = [];
  for (const [name, s] of rows) {
    if (name === 'all') continue;
    for (const w of s.worstFields) {
      out.push(`  ${name} ${w.field}: wrong ${w.wrong}/${w.of}, e.g. ${w.example.document} expected ${JSON.stringify(w.example.expected)} got ${show(w.example.got)}`);
    }
    for (const m of s.misclassified) out.push(`  ${name} misclassified ${m.document}: expected ${m.expected}, got ${m.got} [${m.warnings.join(', ')}]`);
  }
  return out.join('\n');
}

/** Expected vs got for every field of one document (folder mode: specimen sets are small). */
function comparison(doc: MeasuredDocument): string {
  const head = `${doc.name}: ${kind(doc.score.structure, doc.expectedSubType)} read as ${kind(doc.read.structure, doc.read.cardSubType)} [${doc.read.warnings.join(', ')}] ${Math.round(doc.msPerSide)} ms/side`;
  const rows = doc.score.fields.map((f) => `  ${f.exact ? 'ok  ' : 'MISS'} ${f.key.padEnd(20)} expected ${JSON.stringify(f.expected)} got ${show(f.got)}`);
  return [head, ...rows].join('\n');
}

async function main(): Promise<void> {
  const s = settings();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const note = (message: string): void => void process.stderr.write(`${message}\n`);
  const folder = s.dir === undefined ? null : await folderDocuments(s.dir, note);
  if (folder !== null && folder.length === 0) fail(`no studio truth files under ${s.dir}`);
  const total = folder?.length ?? s.count * s.structures.length;
  const documents: AsyncIterable<BenchDocument> | BenchDocument[] =
    folder ?? studioDocuments({ structures: s.structures, count: s.count, seed: s.seed, condition: s.condition });
  note(`${total} documents (${folder === null ? `studio, seed ${s.seed}, condition ${s.condition}` : s.dir}); loading engines…`);

  const loadStart = performance.now();
  // One worker's engines with the threads a single-worker pool gives it (every core), as bench/speed.ts.
  const engines = await createEngines({ maxInputPixels: 8000 * 8000 });
  const engineLoadMs = performance.now() - loadStart;
  const policy = loadPolicy();
  const run = (doc: BenchDocument): Promise<VerificationOutcome> =>
    runPipeline({ images: doc.images, requestedNationality: '', requestedCardType: 'AUTO' }, { engines, policy });

  const measured: MeasuredDocument[] = [];
  let warmedUp = false;
  for await (const doc of documents) {
    // Warm-up (the first inference allocates onnxruntime's arenas), not measured.
    if (!warmedUp) {
      await run(doc);
      warmedUp = true;
    }
    const started = performance.now();
    const outcome = await run(doc);
    const ms = performance.now() - started;
    const score = scoreDocument(doc.truth, outcome);
    measured.push({
      name: doc.name,
      score,
      read: { structure: outcome.structure, cardSubType: outcome.cardSubType, warnings: outcome.warnings },
      expectedSubType: doc.truth.CardSubType,
      msPerSide: ms / doc.images.length,
    });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const exact = score.fields.filter((f) => f.exact).length;
    note(
      `[${measured.length}/${total}] ${doc.name}: ${score.classified ? 'classified' : `read as ${kind(outcome.structure, outcome.cardSubType)}`}, ` +
        `fields ${exact}/${score.fields.length}, ${Math.round(ms / doc.images.length)} ms/side (${doc.images.length} side${doc.images.length === 1 ? '' : 's'}) ${outcome.warnings.join(',')}`,
    );
  }
  clearInterval(sampler);

  const structures = SEED_STRUCTURES.filter((name) => measured.some((d) => d.score.structure === name));
  const rows: Array<[string, StructureSummary]> = [
    ...structures.map((name): [string, StructureSummary] => [name, summarize(measured.filter((d) => d.score.structure === name))]),
    ['all', summarize(measured)],
  ];
  const peakRssMb = Math.round(peakRss / 1e6);
  // The issue states the documents target for the `photo` condition; folder sets have no condition to judge by.
  const judgeDocuments = folder === null && s.condition === 'photo';
  if (s.json) {
    const report: Record<string, unknown> = {};
    for (const [name, summary] of rows) {
      // Folder mode also lists each document's field comparison, as the text output does.
      const comparisons = measured.filter((d) => d.score.structure === name).map((d) => ({ document: d.name, read: d.read, fields: d.score.fields }));
      report[name] = folder === null || name === 'all' ? summary : { ...summary, comparisons };
    }
    report.all = {
      ...(report.all as StructureSummary),
      source: folder === null ? { studio: true, seed: s.seed, condition: s.condition, countPerStructure: s.count } : { dir: s.dir },
      engineLoadMs: Math.round(engineLoadMs),
      peakRssMb,
      targets: TARGETS,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const source = folder === null ? `studio documents, ${s.count} per structure, condition ${s.condition}, seed ${s.seed}` : `truth files under ${s.dir}`;
    const extra = details(rows);
    process.stdout.write(
      `${measured.length} ${source}; engines loaded in ${Math.round(engineLoadMs)} ms; times are per side\n` +
        (folder === null ? '' : `${measured.map(comparison).join('\n')}\n\n`) +
        `${table(rows, judgeDocuments)}\n` +
        `targets: fields ≥ ${TARGETS.fieldsExact} %, documents ≥ ${TARGETS.documentsExact} % (photo condition), AUTO ≥ ${TARGETS.autoClassification} %, median ≤ ${TARGETS.medianMs} ms per side\n` +
        (extra === '' ? '' : `fields most often wrong, misclassified examples:\n${extra}\n`) +
        `peak RSS ${peakRssMb} MB\n`,
    );
  }
  await engines.ocr.release();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
