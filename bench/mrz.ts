// MRZ accuracy and speed benchmark: `npm run bench:mrz -- DIR [--json] [--threads N]`.
// DIR is a folder tree of NAME.jpg (or .jpeg/.png) + NAME.txt (the expected MRZ lines). Each image is timed from
// its file bytes (decode with sharp, EXIF orientation applied) to the corrected MRZ, one image at a time, with the
// engine loaded once; `readMedianMs` leaves the decoding out. Lines are compared after correction, in order.
// Progress goes to stderr; the summary (or JSON with --json) to stdout.

import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { createPaddleOcr } from '../src/engines/ocr/index.js';
import { createMrzReader } from '../src/engines/mrz/index.js';

interface Sample {
  image: string;
  expected: string[];
}

interface Miss {
  file: string;
  expected: string[];
  got: string[] | null;
  readers: string[];
}

async function findSamples(dir: string): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await findSamples(path)));
    else if (/\.(jpe?g|png)$/i.test(entry.name)) {
      const txt = await readFile(path.replace(/\.[^.]+$/, '.txt'), 'utf8').catch(() => null);
      if (txt !== null) out.push({ image: path, expected: txt.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0) });
    }
  }
  return out.sort((a, b) => a.image.localeCompare(b.image));
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const threadsAt = args.indexOf('--threads');
  const threads = threadsAt >= 0 ? Number(args[threadsAt + 1]) : 2;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--threads');
  if (!dir) {
    process.stderr.write('usage: npm run bench:mrz -- DIR [--json] [--threads N]\n');
    process.exit(2);
  }
  const samples = await findSamples(dir);
  const loadStart = performance.now();
  const ocr = await createPaddleOcr({ intraOpThreads: threads });
  const reader = createMrzReader({ ocr });
  const loadMs = performance.now() - loadStart;
  const rssAfterLoadMb = process.memoryUsage().rss / 2 ** 20;

  const times: number[] = [];
  const readTimes: number[] = [];
  const cpuTimes: number[] = [];
  const misses: Miss[] = [];
  let found = 0, linesExact = 0, linesTotal = 0, documentsExact = 0;
  for (const [i, sample] of samples.entries()) {
    const file = relative(dir, sample.image);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const { data, info } = await sharp(await readFile(sample.image)).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const readStart = performance.now();
    const reading = await reader.read({ width: info.width, height: info.height, channels: info.channels as 1 | 3, data });
    const end = performance.now();
    const cpu = process.cpuUsage(cpuStart);
    times.push(end - start);
    readTimes.push(end - readStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    const got = reading?.lines ?? null;
    if (reading) found++;
    const exact = sample.expected.filter((l, k) => got?.[k] === l).length;
    linesExact += exact;
    linesTotal += sample.expected.length;
    const ok = exact === sample.expected.length && got?.length === sample.expected.length;
    if (ok) documentsExact++;
    else misses.push({ file, expected: sample.expected, got, readers: reading?.readers.map((r) => r.reader) ?? [] });
    process.stderr.write(`[${i + 1}/${samples.length}] ${file} ${ok ? 'ok' : 'MISS'} ${Math.round(end - start)} ms\n`);
  }
  const pct = (n: number, of: number): number => (of === 0 ? 0 : round((100 * n) / of, 2));
  const result = {
    documents: samples.length,
    linesExact: pct(linesExact, linesTotal),
    documentsExact: pct(documentsExact, samples.length),
    found,
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    readMedianMs: round(percentile(readTimes, 50)),
    // CPU time of the process per document (all threads): steadier than wall time on a shared machine.
    cpuMedianMs: round(percentile(cpuTimes, 50)),
    modelLoadMs: round(loadMs),
    rssAfterLoadMb: round(rssAfterLoadMb),
    // resourceUsage().maxRSS is the process's high-water mark in KiB, including native (onnxruntime) memory.
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    threads,
    misses,
  };
  await ocr.release();
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const { misses: missed, ...figures } = result;
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k}: ${v}\n`);
  for (const m of missed) {
    process.stdout.write(`\nMISS ${m.file} (readers: ${m.readers.join(', ') || 'none'})\n`);
    m.expected.forEach((l, k) => process.stdout.write(`  expected ${l}\n  got      ${m.got?.[k] ?? '(none)'}\n`));
  }
}

await main();
