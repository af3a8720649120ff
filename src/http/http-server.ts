import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../ops/logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { Gateway } from './gateway.js';
import { bodyLimitFor, readBody } from './read-body.js';

export interface HttpServerDeps {
  gateway: Gateway;
  metrics: Metrics;
  logger: Logger;
  limits: { maxPostBytes: number; maxGetBytes: number };
  /** Database and queue reachable (for /readyz). */
  ready: () => Promise<{ ok: boolean; detail: Record<string, string> }>;
}

const METRIC_ACTIONS = new Set(['ApplyCardVerification', 'GetCardVerificationResult']);

/** D5: the exact header set of every API answer. */
const API_HEADERS = { 'Content-Type': 'application/json' };

/**
 * The HTTP edge: `/` is the Tencent API (GET and POST; other methods get `UnsupportedProtocol` from the gateway),
 * plus the operations endpoints `/healthz`, `/readyz` and `/metrics`.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  // A GET may carry up to maxGetBytes (D6) in its request line; Node's default 16 KB header limit would answer
  // 431 before the gateway could give the documented error.
  const server = createServer({ maxHeaderSize: deps.limits.maxGetBytes + 8 * 1024 }, (req, res) => {
    void route(deps, req, res).catch((err: unknown) => {
      deps.logger.error({ err }, 'unhandled error in HTTP handler');
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  // Slow or stalled clients must not hold sockets forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

async function route(deps: HttpServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
  if (path === '/') return api(deps, req, res, rawUrl);
  if (req.method === 'GET' && path === '/healthz') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok\n');
    return;
  }
  if (req.method === 'GET' && path === '/readyz') {
    const r = await deps.ready();
    res.writeHead(r.ok ? 200 : 503, { 'Content-Type': 'application/json' }).end(JSON.stringify(r));
    return;
  }
  if (req.method === 'GET' && path === '/metrics') {
    const body = await deps.metrics.registry.metrics();
    res.writeHead(200, { 'Content-Type': deps.metrics.registry.contentType }).end(body);
    return;
  }
  req.resume();
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: the API is served at /\n');
}

async function api(deps: HttpServerDeps, req: IncomingMessage, res: ServerResponse, rawUrl: string): Promise<void> {
  const started = process.hrtime.bigint();
  const method = req.method ?? '';
  // D6: limits are enforced while reading, before anything is hashed or decoded.
  const read = await readBody(req, bodyLimitFor(method, rawUrl, deps.limits));
  if (!read.ok && read.reason === 'aborted') return; // the client left mid-body: nobody to answer
  const reply = read.ok
    ? await deps.gateway.handle({ method, rawUrl, headers: req.headers, body: read.body })
    : deps.gateway.tooLarge({ method, rawUrl, headers: req.headers }, method === 'GET' ? deps.limits.maxGetBytes : deps.limits.maxPostBytes);
  const headers: Record<string, string> = { ...API_HEADERS };
  if (!read.ok) headers.Connection = 'close';
  res.writeHead(200, headers).end(reply.body);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Label values stay bounded: a client's invented action name must not mint new time series.
  const action = METRIC_ACTIONS.has(reply.action) ? reply.action : 'other';
  deps.metrics.requests.inc({ action, code: reply.errorCode ?? 'OK' });
  deps.metrics.requestSeconds.observe({ action }, seconds);
  deps.logger.debug({ requestId: reply.requestId, action, code: reply.errorCode, ms: Math.round(seconds * 1000) }, 'api request');
}
