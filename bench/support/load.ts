import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export interface PreparedRequest {
  method: 'POST' | 'GET';
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * A closed-loop load generator: `concurrency` keep-alive connections, each sending the next prepared request
 * as soon as the previous answer arrived, for `seconds` (or until the prepared requests run out). `isError`
 * judges an answer body.
 */
export async function runLoad(
  port: number,
  requests: PreparedRequest[],
  opts: { concurrency: number; seconds: number; isError: (body: string) => boolean },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + opts.seconds * 1000;
  const one = (r: PreparedRequest) =>
    new Promise<void>((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: r.headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (res.statusCode !== 200 || opts.isError(Buffer.concat(chunks).toString('utf8'))) errors++;
          resolve();
        });
      });
      req.on('error', reject);
      req.end(r.body);
    });
  const loop = async () => {
    while (Date.now() < deadline && next < requests.length) await one(requests[next++]!);
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: Math.round(seconds * 100) / 100,
    rps: Math.round(latencies.length / seconds),
    p50Ms: Math.round(percentile(latencies, 50) * 100) / 100,
    p99Ms: Math.round(percentile(latencies, 99) * 100) / 100,
  };
}
