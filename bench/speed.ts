// Speed benchmark: `npm run bench:speed -- [--json] [--count N] [DIR]` (node --import tsx bench/speed.ts).
// Image bytes → verdict through the whole pipeline, one worker's engines in this thread, per stage; next to it the
// bare OCR forward pass (detection + recognition at the engine's default input size) on the same decoded images,
// in the same run. Default images: studio-rendered `photo` passports (docs/studio.md); DIR: every .jpg under it.
// Reports median and p95 (ms), pipeline overhead over bare OCR (%), peak RSS (MB). Progress on stderr.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEngines } from '../src/engines/engines.js';
import { loadPolicy } from '../src/pipeline/load-policy.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { generateDocument } from '../src/studio/generate-document.js';

interface Sample {
  name: string;
  totalMs: number;
  ocrMs: number;
  stages: Record<string, number>;
  verdict: string;
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

async function images(dir: string | undefined, count: number): Promise<Array<{ name: string; bytes: Buffer }>> {
  if (dir !== undefined) {
    const files = (await jpgsUnder(dir)).slice(0, count);
    return Promise.all(files.map(async (file) => ({ name: file, bytes: await readFile(file) })));
  }
  const out: Array<{ name: string; bytes: Buffer }> = [];
  for (let index = 1; index <= count; index += 1) {
    const doc = await generateDocument({ structure: 'InternationalIDPassport', seed: 'bench-speed', index, condition: 'photo', side: 'front', invalid: false });
    out.push({ name: `studio photo passport ${index}`, bytes: doc.images.front as Buffer });
  }
  return out;
}

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
    samples.push({ name: input.name, totalMs, ocrMs, stages, verdict: outcome.verdict });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    process.stderr.write(`[${i + 1}/${inputs.length}] ${input.name}: ${Math.round(totalMs)} ms (bare OCR ${Math.round(ocrMs)} ms) ${outcome.verdict}\n`);
  }
  clearInterval(sampler);
  const totals = samples.map((s) => s.totalMs);
  const ocr = samples.map((s) => s.ocrMs);
  const stageNames = [...new Set(samples.flatMap((s) => Object.keys(s.stages)))];
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
        `verdicts: ${JSON.stringify(report.verdicts)}\n`,
    );
  }
  await engines.ocr.release();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
