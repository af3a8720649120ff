// Speed benchmark: `npm run bench:speed -- [--json] [--count N] [DIR]` (node --import tsx bench/speed.ts).
// Image bytes → verdict through the whole pipeline, one worker's engines in this thread, per stage; next to it the
// bare OCR forward pass (detection + recognition at the engine's default input size) on the same decoded images,
// in the same run. Default images: studio-rendered `photo` passports (docs/studio.md); DIR: every .jpg under it.
// Reports median and p95 (ms), pipeline overhead over bare OCR (%), peak RSS (MB), and per document whether the MRZ
// read equals the truth (the studio's truth file, or NAME.txt next to NAME.jpg under DIR), so a speed change that
// costs accuracy shows in the same run. `--json` also lists every document's MRZ, warnings and visual-zone checks.
// Progress on stderr.

import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEngines } from '../src/engines/engines.js';
import { loadPolicy } from '../src/pipeline/load-policy.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { generateDocument } from '../src/studio/generate-document.js';
import type { VerificationOutcome } from '../src/verification/types.js';

interface Sample {
  name: string;
  totalMs: number;
  ocrMs: number;
  stages: Record<string, number>;
  verdict: string;
  /** The expected MRZ lines, null when the input has no truth. */
  expected: string[] | null;
  /** The MRZ lines as read (after correction), null when none was read. */
  mrz: string[] | null;
  warnings: string[];
  /** Status of every visual-zone cross-check (`viz.*`), to compare runs. */
  viz: Record<string, string>;
}

interface Input {
  name: string;
  bytes: Buffer;
  expected: string[] | null;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number);
}

const round = (value: number): number => Math.round(value * 10) / 10;

async function jpgsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.jpe?g$/i.test(e.name))
    .map((e) => join(e.parentPath ?? dir, e.name))
    .sort();
}

/** MRZ lines of a truth file: its non-empty lines. */
async function truthLines(file: string): Promise<string[] | null> {
  if (!existsSync(file)) return null;
  return (await readFile(file, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

async function images(dir: string | undefined, count: number): Promise<Input[]> {
  if (dir !== undefined) {
    const files = (await jpgsUnder(dir)).slice(0, count);
    return Promise.all(
      files.map(async (file) => ({ name: file, bytes: await readFile(file), expected: await truthLines(file.replace(/\.jpe?g$/i, '.txt')) })),
    );
  }
  const out: Input[] = [];
  for (let index = 1; index <= count; index += 1) {
    const doc = await generateDocument({ structure: 'InternationalIDPassport', seed: 'bench-speed', index, condition: 'photo', side: 'front', invalid: false });
    out.push({ name: `studio photo passport ${index}`, bytes: doc.images.front as Buffer, expected: doc.truth.Mrz });
  }
  return out;
}

/** The MRZ lines the pipeline reported in its `mrz.read` check (the CLI's `Detail.Mrz.Lines`). */
function mrzRead(outcome: VerificationOutcome): string[] | null {
  const lines = outcome.checks.find((check) => check.id === 'mrz.read')?.evidence.values?.lines;
  return lines === undefined ? null : (JSON.parse(lines) as string[]);
}

const sameLines = (a: string[] | null, b: string[] | null): boolean => a !== null && b !== null && a.join('\n') === b.join('\n');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const countAt = args.indexOf('--count');
  const count = countAt >= 0 ? Number(args[countAt + 1]) : 20;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--count');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const inputs = await images(dir, count);
  process.stderr.write(`${inputs.length} images; loading engines…\n`);
  const loadStart = performance.now();
  // One worker's engines with the threads a single-worker pool gives it (every core).
  const engines = await createEngines({ maxInputPixels: 8000 * 8000 });
  const loadMs = performance.now() - loadStart;
  const policy = loadPolicy();
  const run = (bytes: Buffer) =>
    runPipeline({ images: [{ side: 'front', format: 'jpeg', width: 0, height: 0, bytes }], requestedNationality: 'AUTO', requestedCardType: 'AUTO' }, { engines, policy });
  const bareOcr = async (bytes: Buffer): Promise<number> => {
    const decoded = await engines.imageDecoder.decode({ side: 'front', format: 'jpeg', bytes });
    if (!decoded.ok) return 0;
    const started = performance.now();
    await engines.ocr.readText({ width: decoded.image.width, height: decoded.image.height, channels: 3, data: decoded.image.data });
    return performance.now() - started;
  };
  // Warm-up (first inference allocates onnxruntime's arenas), not measured.
  if (inputs[0] !== undefined) {
    await run(inputs[0].bytes);
    await bareOcr(inputs[0].bytes);
  }
  const samples: Sample[] = [];
  for (const [i, input] of inputs.entries()) {
    const started = performance.now();
    const outcome = await run(input.bytes);
    const totalMs = performance.now() - started;
    const ocrMs = await bareOcr(input.bytes);
    const stages = Object.fromEntries(outcome.timings.map((t) => [t.stage, t.ms]));
    const mrz = mrzRead(outcome);
    const viz = Object.fromEntries(outcome.checks.filter((c) => c.id.startsWith('viz.')).map((c) => [c.id.slice(4), c.status]));
    samples.push({ name: input.name, totalMs, ocrMs, stages, verdict: outcome.verdict, expected: input.expected, mrz, warnings: outcome.warnings, viz });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const exact = input.expected === null ? '' : sameLines(mrz, input.expected) ? ' MRZ exact' : ' MRZ MISS';
    process.stderr.write(
      `[${i + 1}/${inputs.length}] ${input.name}: ${Math.round(totalMs)} ms (bare OCR ${Math.round(ocrMs)} ms) ${outcome.verdict}${exact} ${outcome.warnings.join(',')}\n`,
    );
  }
  clearInterval(sampler);
  const totals = samples.map((s) => s.totalMs);
  const ocr = samples.map((s) => s.ocrMs);
  const stageNames = [...new Set(samples.flatMap((s) => Object.keys(s.stages)))];
  const withTruth = samples.filter((s) => s.expected !== null);
  const misses = withTruth.filter((s) => !sameLines(s.mrz, s.expected)).map((s) => ({ name: s.name, expected: s.expected, read: s.mrz }));
  const vizStatuses = samples.flatMap((s) => Object.values(s.viz));
  const report = {
    images: samples.length,
    source: dir ?? 'studio photo passports',
    engineLoadMs: round(loadMs),
    medianMs: round(percentile(totals, 50)),
    p95Ms: round(percentile(totals, 95)),
    bareOcrMedianMs: round(percentile(ocr, 50)),
    bareOcrP95Ms: round(percentile(ocr, 95)),
    overheadPct: round((percentile(totals, 50) / Math.max(1, percentile(ocr, 50)) - 1) * 100),
    peakRssMb: Math.round(peakRss / 1e6),
    stages: Object.fromEntries(
      stageNames.map((name) => {
        const values = samples.map((s) => s.stages[name]).filter((v): v is number => v !== undefined);
        return [name, { medianMs: round(percentile(values, 50)), p95Ms: round(percentile(values, 95)) }];
      }),
    ),
    verdicts: Object.fromEntries([...new Set(samples.map((s) => s.verdict))].map((v) => [v, samples.filter((s) => s.verdict === v).length])),
    mrzExact: `${withTruth.length - misses.length}/${withTruth.length}`,
    vizChecks: Object.fromEntries([...new Set(vizStatuses)].sort().map((v) => [v, vizStatuses.filter((x) => x === v).length])),
    misses,
    documents: samples.map((s) => ({ name: s.name, verdict: s.verdict, warnings: s.warnings, mrz: s.mrz, viz: s.viz, totalMs: round(s.totalMs) })),
    targets: { medianMs: 800, overheadPct: 20, peakRssMb: 1200 },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${report.images} images (${report.source}); engines loaded in ${report.engineLoadMs} ms\n` +
        `image bytes → verdict: median ${report.medianMs} ms, p95 ${report.p95Ms} ms (target ≤ 800 ms median)\n` +
        `bare OCR forward pass: median ${report.bareOcrMedianMs} ms, p95 ${report.bareOcrP95Ms} ms; overhead ${report.overheadPct} % (target ≤ 20 %)\n` +
        `peak RSS ${report.peakRssMb} MB (target ≤ 1200 MB)\n` +
        `per stage (median / p95 ms): ${stageNames.map((n) => `${n} ${report.stages[n]?.medianMs}/${report.stages[n]?.p95Ms}`).join(', ')}\n` +
        `verdicts: ${JSON.stringify(report.verdicts)}; visual-zone checks: ${JSON.stringify(report.vizChecks)}\n` +
        `MRZ exact: ${report.mrzExact}${misses.map((m) => `\n  miss ${m.name}: read ${JSON.stringify(m.read)} expected ${JSON.stringify(m.expected)}`).join('')}\n`,
    );
  }
  await engines.ocr.release();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
