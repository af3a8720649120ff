/**
 * `npm run bench:api -- [--json] [--seconds N] [--concurrency N] [--store embedded|postgres]`
 *
 * GetCardVerificationResult requests/s and p50/p99 latency of a real `cardverify serve` (embedded storage, the
 * default set-up) next to a bare Node `http` server answering the same envelope bytes, in the same run, with the
 * same load generator; then ApplyCardVerification with a 1 MB JPEG. Requests are signed v1 HmacSHA256 (the intl
 * SDK's default) with distinct nonces, prepared before the clock starts. Rate limits are raised for the run
 * (they are a policy, not a cost); `--no-workers` keeps recognition from competing with the HTTP path.
 * Progress goes to stderr; the figures to stdout.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { v1Sign, v1StringToSign } from '../src/protocol/v1-signature.js';
import { runCli, startServer, tempDir, type ServerProcess } from '../test/support/cli-process.js';
import { temporaryDatabase } from '../test/support/postgres.js';
import type { Key } from '../test/support/sdk-clients.js';
import { runLoad, type PreparedRequest } from './support/load.js';

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

async function post(port: number, r: PreparedRequest): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}${r.path}`, { method: 'POST', headers: r.headers, body: new Uint8Array(r.body) });
  return res.text();
}

const data = tempDir('cardverify-bench-');
const env: Record<string, string> = { CARDVERIFY_DATA_DIR: data.path, CARDVERIFY_RATE_GET: '1000000', CARDVERIFY_RATE_APPLY: '1000000', CARDVERIFY_LOG_LEVEL: 'warn' };
// --store postgres: a database of its own on the test server (test/support/postgres.ts), dropped afterwards.
const database = values.store === 'postgres' ? await temporaryDatabase() : undefined;
if (database) {
  env.DATABASE_URL = database.url;
  env.CARDVERIFY_ENCRYPTION_KEY = randomBytes(32).toString('base64');
}
const processes: ServerProcess[] = [];
try {
  log(`starting cardverify serve (${values.store}, --no-workers)…`);
  const server = await startServer(env, ['--no-workers']);
  processes.push(server);
  const created = await runCli(['keys', 'create', '--app', 'bench', '--json'], env);
  const key = JSON.parse(created.stdout) as Key;
  const port = Number(server.endpoint.split(':')[1]);
  const host = server.endpoint;

  const photo = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#8899aa' } }).jpeg().toBuffer();
  const applied = JSON.parse(await post(port, v1Request(host, key, 'ApplyCardVerification', { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: photo.toString('base64') }))) as {
    Response: { CardVerificationToken: string };
  };
  const token = applied.Response.CardVerificationToken;
  const sample = await post(port, v1Request(host, key, 'GetCardVerificationResult', { CardVerificationToken: token }));
  const envelope = sample.replace(/"RequestId":"[^"]+"/, '"RequestId":"00000000-0000-4000-8000-000000000000"');

  log('starting the bare node:http baseline…');
  const baseline = await new Promise<ServerProcess>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./support/bare-server.ts', import.meta.url)), envelope], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (c: Buffer) => {
      const m = /listening on (http:\/\/\S+)/.exec(c.toString());
      if (m) resolve({ child, url: m[1]!, endpoint: m[1]!.slice(7), logs: () => '', stop: async () => (child.kill('SIGTERM'), null) });
    });
    child.on('error', reject);
  });
  processes.push(baseline);
  const barePort = Number(baseline.endpoint.split(':')[1]);

  const count = Math.max(50_000, seconds * 20_000);
  log(`preparing ${count} signed GetCardVerificationResult requests…`);
  const gets = Array.from({ length: count }, () => v1Request(host, key, 'GetCardVerificationResult', { CardVerificationToken: token }));
  const isError = (b: string) => b.includes('"Error"');

  log(`GetCardVerificationResult on cardverify: ${concurrency} connections, ${seconds} s…`);
  await runLoad(port, gets.slice(0, 2000), { concurrency, seconds: 2, isError }); // warm-up
  const cv = await runLoad(port, gets.slice(2000), { concurrency, seconds, isError });
  log(`  ${cv.rps} req/s, p50 ${cv.p50Ms} ms, p99 ${cv.p99Ms} ms, errors ${cv.errors}`);
  log(`the same requests on the bare server…`);
  await runLoad(barePort, gets.slice(0, 2000), { concurrency, seconds: 2, isError: () => false });
  const bareResult = await runLoad(barePort, gets.slice(2000), { concurrency, seconds, isError: () => false });
  log(`  ${bareResult.rps} req/s, p50 ${bareResult.p50Ms} ms, p99 ${bareResult.p99Ms} ms`);

  log('ApplyCardVerification with a 1 MB JPEG…');
  let quality = 95;
  let big = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality }).toBuffer();
  while (big.length > 1024 * 1024 && quality > 30) {
    quality -= 5;
    big = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality }).toBuffer();
  }
  const applyCount = 200;
  const applies = Array.from({ length: applyCount }, () => v1Request(host, key, 'ApplyCardVerification', { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: big.toString('base64') }));
  const apply = await runLoad(port, applies, { concurrency: 4, seconds: 60, isError });
  log(`  ${apply.rps} req/s, p50 ${apply.p50Ms} ms, p99 ${apply.p99Ms} ms, errors ${apply.errors} (image ${big.length} bytes)`);

  const result = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    store: values.store,
    getCardVerificationResult: { cardverify: cv, bareNodeHttp: bareResult, ratio: Math.round((cv.rps / bareResult.rps) * 1000) / 1000, concurrency },
    applyCardVerification1MB: { ...apply, imageBytes: big.length, concurrency: 4 },
  };
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    process.stdout.write(
      `GetCardVerificationResult: cardverify ${cv.rps} req/s (p50 ${cv.p50Ms} ms, p99 ${cv.p99Ms} ms) vs bare node:http ${bareResult.rps} req/s (p50 ${bareResult.p50Ms} ms, p99 ${bareResult.p99Ms} ms): ${Math.round(result.getCardVerificationResult.ratio * 100)} %\n` +
        `ApplyCardVerification (1 MB JPEG): ${apply.rps} req/s, p50 ${apply.p50Ms} ms, p99 ${apply.p99Ms} ms\n`,
    );
  }
} finally {
  for (const p of processes) await p.stop();
  await database?.drop();
  data.remove();
}
