/**
 * `npm run bench:api -- [--json] [--seconds N] [--concurrency N] [--store embedded|postgres]`
 *
 * GetCardVerificationResult requests/s and p50/p99 latency of a real `cardverify serve` next to a bare Node
 * `http` server answering the same envelope bytes, in the same run, with the same load generator:
 *   - on a final verification (what a polling client reads once the work is done: served from the final-result
 *     cache, `retention.finalResultCacheEntries`), and
 *   - on a verification still processing (every request reads the database; the cache is off for this server);
 * then ApplyCardVerification with a 1 MB JPEG on the second server (`--no-workers`, so recognition does not
 * compete with the HTTP path). Requests are signed v1 HmacSHA256 (the intl SDK's default) with distinct nonces,
 * prepared before the clock starts; rate limits are raised for the run (a policy, not a cost).
 * Progress goes to stderr; the figures to stdout.
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { randomBytes, randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { v1Sign, v1StringToSign } from '../src/protocol/v1-signature.js';
import { runCli, startServer, tempDir, type ServerProcess } from '../test/support/cli-process.js';
import { temporaryDatabase } from '../test/support/postgres.js';
import type { Key } from '../test/support/sdk-clients.js';
import { runLoad, type LoadResult, type PreparedRequest } from './support/load.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    store: { type: 'string', default: 'embedded' },
  },
});
if (values.store !== 'embedded' && values.store !== 'postgres') throw new Error('--store is embedded or postgres');
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const log = (s: string) => process.stderr.write(`${s}\n`);
const isError = (b: string) => b.includes('"Error"');

function v1Request(host: string, key: Key, action: string, params: Record<string, string>): PreparedRequest {
  const pairs: [string, string][] = [
    ...Object.entries(params),
    ['Action', action],
    ['Nonce', String(randomInt(1, 2 ** 31))],
    ['Timestamp', String(Math.floor(Date.now() / 1000))],
    ['Version', '2018-03-01'],
    ['Language', 'en-US'],
    ['SecretId', key.SecretId],
    ['Region', 'ap-singapore'],
    ['SignatureMethod', 'HmacSHA256'],
  ];
  const signature = v1Sign(key.SecretKey, v1StringToSign('POST', host, pairs), 'HmacSHA256');
  const body = Buffer.from(new URLSearchParams([...pairs, ['Signature', signature]]).toString());
  return { method: 'POST', path: '/', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Host: host }, body };
}

async function send(server: ServerProcess, r: PreparedRequest): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${r.path}`, { method: 'POST', headers: r.headers, body: new Uint8Array(r.body) });
  return ((await res.json()) as { Response: Record<string, unknown> }).Response;
}

const port = (s: ServerProcess) => Number(s.endpoint.split(':')[1]);

/** Warm-up, then the measured run, over distinct signed requests. */
async function measure(server: ServerProcess, make: () => PreparedRequest, judge: (b: string) => boolean): Promise<LoadResult> {
  const requests = Array.from({ length: Math.max(50_000, seconds * 25_000) }, make);
  await runLoad(port(server), requests.slice(0, 2000), { concurrency, seconds: 2, isError: judge });
  const r = await runLoad(port(server), requests.slice(2000), { concurrency, seconds, isError: judge });
  log(`  ${r.rps} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors}`);
  return r;
}

function startBare(envelope: string): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(new URL('./support/bare-server.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, envelope], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (c: Buffer) => {
      const m = /listening on (http:\/\/(\S+))/.exec(c.toString());
      if (m) resolve({ child, url: m[1]!, endpoint: m[2]!, logs: () => '', stop: async () => (child.kill('SIGTERM'), null) });
    });
    child.on('error', reject);
  });
}

const data = tempDir('cardverify-bench-');
const processes: ServerProcess[] = [];
const database = values.store === 'postgres' ? await temporaryDatabase() : undefined;
const env: Record<string, string> = { CARDVERIFY_DATA_DIR: data.path, CARDVERIFY_RATE_GET: '1000000', CARDVERIFY_RATE_APPLY: '1000000', CARDVERIFY_LOG_LEVEL: 'warn' };
if (database) {
  env.DATABASE_URL = database.url;
  env.CARDVERIFY_ENCRYPTION_KEY = randomBytes(32).toString('base64');
}
const stop = async (s: ServerProcess) => {
  await s.stop();
  processes.splice(processes.indexOf(s), 1);
};
try {
  const key = JSON.parse((await runCli(['keys', 'create', '--app', 'bench', '--json'], env)).stdout) as Key;
  const photo = (await sharp({ create: { width: 320, height: 200, channels: 3, background: '#8899aa' } }).jpeg().toBuffer()).toString('base64');
  const applyParams = { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: photo };

  log(`cardverify serve (${values.store}, with workers): a final verification…`);
  const withWorkers = await startServer(env);
  processes.push(withWorkers);
  const finalToken = (await send(withWorkers, v1Request(withWorkers.endpoint, key, 'ApplyCardVerification', applyParams))).CardVerificationToken as string;
  let finalEnvelope = '';
  for (let i = 0; i < 60 && finalEnvelope === ''; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const r = await send(withWorkers, v1Request(withWorkers.endpoint, key, 'GetCardVerificationResult', { CardVerificationToken: finalToken }));
    if (r.Status !== 'Processing') finalEnvelope = JSON.stringify({ Response: { ...r, RequestId: '00000000-0000-4000-8000-000000000000' } });
  }
  if (finalEnvelope === '') throw new Error('the verification did not finish');
  const getFinal = () => v1Request(withWorkers.endpoint, key, 'GetCardVerificationResult', { CardVerificationToken: finalToken });
  log('GetCardVerificationResult, final verification:');
  const final = await measure(withWorkers, getFinal, isError);
  const bare = await startBare(finalEnvelope);
  processes.push(bare);
  log('the same requests on a bare node:http server answering the same envelope:');
  const bareFinal = await measure(bare, getFinal, () => false);
  await stop(withWorkers);

  log(`cardverify serve (${values.store}, --no-workers, no result cache): a verification still processing…`);
  const noWorkers = await startServer({ ...env, CARDVERIFY_FINAL_RESULT_CACHE_ENTRIES: '0' }, ['--no-workers']);
  processes.push(noWorkers);
  const processingToken = (await send(noWorkers, v1Request(noWorkers.endpoint, key, 'ApplyCardVerification', applyParams))).CardVerificationToken as string;
  const getProcessing = () => v1Request(noWorkers.endpoint, key, 'GetCardVerificationResult', { CardVerificationToken: processingToken });
  log('GetCardVerificationResult, processing verification (database read per request):');
  const processing = await measure(noWorkers, getProcessing, isError);

  log('ApplyCardVerification with a 1 MB JPEG, 4 connections…');
  const noise = (q: number) =>
    sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: q }).toBuffer();
  let quality = 95;
  let big = await noise(quality);
  while (big.length > 1024 * 1024 && quality > 30) big = await noise((quality -= 5));
  const applies = Array.from({ length: 200 }, () => v1Request(noWorkers.endpoint, key, 'ApplyCardVerification', { ...applyParams, ImageBase64Front: big.toString('base64') }));
  const apply = await runLoad(port(noWorkers), applies, { concurrency: 4, seconds: 60, isError });
  log(`  ${apply.rps} req/s, p50 ${apply.p50Ms} ms, p99 ${apply.p99Ms} ms, errors ${apply.errors} (image ${big.length} bytes)`);

  const ratio = (a: LoadResult) => Math.round((a.rps / bareFinal.rps) * 1000) / 1000;
  const result = {
    machine: { cpus: cpus().length, node: process.version },
    store: values.store,
    concurrency,
    getCardVerificationResult: {
      bareNodeHttp: bareFinal,
      final: { ...final, ratioToBare: ratio(final) },
      processing: { ...processing, ratioToBare: ratio(processing) },
    },
    applyCardVerification1MB: { ...apply, imageBytes: big.length, concurrency: 4 },
  };
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    const line = (name: string, r: LoadResult) => `${name}: ${r.rps} req/s (p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms)`;
    process.stdout.write(
      [
        `store: ${values.store}; ${concurrency} connections; ${cpus().length} CPUs`,
        line('bare node:http, same envelope', bareFinal),
        `${line('GetCardVerificationResult, final', final)}: ${Math.round(ratio(final) * 100)} % of bare`,
        `${line('GetCardVerificationResult, processing (database)', processing)}: ${Math.round(ratio(processing) * 100)} % of bare`,
        line('ApplyCardVerification, 1 MB JPEG', apply),
      ].join('\n') + '\n',
    );
  }
} finally {
  for (const p of processes) await p.stop();
  await database?.drop();
  data.remove();
}
