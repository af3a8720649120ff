// Document-finding benchmark: `node --import tsx bench/find-document.ts DIR [--json] [--debug OUTDIR]`.
// DIR holds images and a ground-truth.json of `{ items: [{ image, doc_quad: [[x,y]×4] }] }` (image paths relative
// to DIR). For each image: decode with sharp (EXIF orientation applied), time `find`, compare the best document's
// quad with the truth: IoU, mean corner error (px and % of the document's diagonal). Progress goes to stderr,
// the summary (or JSON with --json) to stdout. --debug writes an overlay PNG per image (truth green, found red).

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { createOpenCvDocumentFinder } from '../src/engines/vision/opencv-document-finder.js';
import { polygonIoU } from '../src/engines/vision/polygon-iou.js';
import { type Point, type Quad, distance } from '../src/engines/vision/quad.js';

interface Item {
  image: string;
  doc_quad: Point[];
}

interface Row {
  image: string;
  found: number;
  iou: number;
  cornerErrorPx: number | null;
  cornerErrorPct: number | null;
  ms: number;
  cut: boolean;
}

/** Mean distance between matched corners, over the cyclic alignment (either direction) that fits best. */
function cornerError(found: Quad, truth: Point[]): number {
  let best = Infinity;
  for (const order of [found, [...found].reverse()]) {
    for (let shift = 0; shift < 4; shift += 1) {
      let sum = 0;
      for (let i = 0; i < 4; i += 1) sum += distance(order[(i + shift) % 4] as Point, truth[i] as Point);
      best = Math.min(best, sum / 4);
    }
  }
  return best;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number);
}

const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

async function overlay(path: string, out: string, truth: Point[], quads: Quad[]): Promise<void> {
  const meta = await sharp(path).rotate().metadata();
  const width = meta.autoOrient?.width ?? meta.width ?? 1;
  const height = meta.autoOrient?.height ?? meta.height ?? 1;
  const s = 800 / Math.max(width, height);
  const poly = (q: Point[], colour: string): string =>
    `<polygon points="${q.map(([x, y]) => `${(x * s).toFixed(1)},${(y * s).toFixed(1)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`;
  const svg = `<svg width="${Math.round(width * s)}" height="${Math.round(height * s)}">${poly(truth, 'lime')}${quads.map((q) => poly(q, 'red')).join('')}</svg>`;
  await sharp(path).rotate().resize(Math.round(width * s), Math.round(height * s)).composite([{ input: Buffer.from(svg) }]).png().toFile(out);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const debugAt = args.indexOf('--debug');
  const debugDir = debugAt >= 0 ? args[debugAt + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--debug');
  if (dir === undefined) {
    process.stderr.write('usage: node --import tsx bench/find-document.ts DIR [--json] [--debug OUTDIR]\n');
    process.exit(2);
  }
  if (debugDir !== undefined) await mkdir(debugDir, { recursive: true });
  const items = (JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as { items: Item[] }).items;
  const loadStart = performance.now();
  const finder = await createOpenCvDocumentFinder();
  const loadMs = performance.now() - loadStart;
  let peakRss = process.memoryUsage().rss;
  const rows: Row[] = [];
  for (const [index, item] of items.entries()) {
    const path = join(dir, item.image);
    const { data, info } = await sharp(path).rotate().removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const start = performance.now();
    const result = await finder.find({ width: info.width, height: info.height, data });
    const ms = performance.now() - start;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const best = result.documents[0];
    const diagonal = Math.max(distance(item.doc_quad[0] as Point, item.doc_quad[2] as Point), distance(item.doc_quad[1] as Point, item.doc_quad[3] as Point));
    const error = best === undefined ? null : cornerError(best.quad, item.doc_quad);
    rows.push({
      image: item.image,
      found: result.documents.length,
      iou: best === undefined ? 0 : polygonIoU(best.quad, item.doc_quad),
      cornerErrorPx: error === null ? null : round(error),
      cornerErrorPct: error === null ? null : round((100 * error) / diagonal, 2),
      ms: round(ms),
      cut: best?.cut ?? false,
    });
    const row = rows[rows.length - 1] as Row;
    process.stderr.write(`[${index + 1}/${items.length}] ${item.image} found=${row.found} iou=${row.iou.toFixed(3)} err=${row.cornerErrorPx ?? '-'}px ${row.ms}ms\n`);
    if (debugDir !== undefined) await overlay(path, join(debugDir, `${item.image.replace(/[/\\]/g, '_')}.png`), item.doc_quad, result.documents.map((d) => d.quad));
  }
  const errors = rows.flatMap((r) => (r.cornerErrorPct === null ? [] : [r.cornerErrorPct]));
  const summary = {
    images: rows.length,
    iou90Rate: round((100 * rows.filter((r) => r.iou >= 0.9).length) / rows.length),
    iou80Rate: round((100 * rows.filter((r) => r.iou >= 0.8).length) / rows.length),
    foundRate: round((100 * rows.filter((r) => r.found > 0).length) / rows.length),
    exactlyOneRate: round((100 * rows.filter((r) => r.found === 1).length) / rows.length),
    medianIoU: round(percentile(rows.map((r) => r.iou), 50), 3),
    medianCornerErrorPct: round(percentile(errors, 50), 2),
    medianCornerErrorPx: round(percentile(rows.flatMap((r) => (r.cornerErrorPx === null ? [] : [r.cornerErrorPx])), 50)),
    medianMs: round(percentile(rows.map((r) => r.ms), 50)),
    p95Ms: round(percentile(rows.map((r) => r.ms), 95)),
    loadMs: round(loadMs),
    peakRssMb: round(peakRss / 2 ** 20),
    misses: rows.filter((r) => r.iou < 0.9).map((r) => ({ image: r.image, found: r.found, iou: round(r.iou, 3) })),
  };
  if (json) process.stdout.write(`${JSON.stringify({ summary, rows }, null, 2)}\n`);
  else {
    const { misses, ...figures } = summary;
    for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key}: ${value}\n`);
    process.stdout.write(`misses (IoU < 0.9): ${misses.map((m) => `${m.image} (${m.iou}, ${m.found} found)`).join(', ') || 'none'}\n`);
  }
}

await main();
