import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { bodyLimitFor, readBody, type ReadBodyOptions, type ReadBodyResult } from '../../src/http/read-body.js';

// read-body (decisions.md D6): refuse as soon as the size is known, never buffer a refused body, and let the
// client read the answer instead of a connection reset.

let server: Server;
let port = 0;
let settings: { limit: number; options: ReadBodyOptions } = { limit: 1024, options: {} };
const results: ReadBodyResult[] = [];
let notify: (() => void) | undefined;

before(async () => {
  server = createServer((req, res) => {
    void readBody(req, settings.limit, settings.options).then((result) => {
      results.push(result);
      notify?.();
      const body = result.ok ? `ok ${result.body.length}` : result.reason;
      res.writeHead(200, result.ok ? {} : { Connection: 'close' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(() => {
  server.close();
});

function nextResult(): Promise<ReadBodyResult> {
  return new Promise((resolve) => {
    notify = () => {
      notify = undefined;
      resolve(results.at(-1) as ReadBodyResult);
    };
  });
}

/** Sends `chunks` (with Content-Length when given), returns status and body as the client reads them. */
function send(chunks: Buffer[], contentLength?: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (contentLength !== undefined) headers['Content-Length'] = contentLength;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res: IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

test('a body within the limit is returned whole', async () => {
  settings = { limit: 1024, options: {} };
  const reply = await send([Buffer.alloc(1000, 'a'), Buffer.alloc(24, 'b')]);
  assert.deepEqual(reply, { status: 200, body: 'ok 1024' });
});

/**
 * A client that writes its whole request before reading anything, like a blocking HTTP client. Had the server
 * closed while bytes were still arriving, the reset would cost this client the answer (EPIPE, nothing read).
 */
async function sendAllThenRead(size: number): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  socket.pause();
  socket.on('error', () => undefined);
  const closed = new Promise((resolve) => socket.once('close', resolve));
  await new Promise((resolve) => socket.once('connect', resolve));
  // A write also ends when the connection dies under it, so a reset fails the test instead of hanging it.
  const write = (data: Buffer | string) =>
    new Promise<void>((resolve) => {
      if (socket.write(data)) resolve();
      else void Promise.race([new Promise((r) => socket.once('drain', r)), closed]).then(() => resolve());
    });
  await write(`POST / HTTP/1.1\r\nHost: test\r\nContent-Length: ${size}\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  for (let sent = 0; sent < size && !socket.destroyed; sent += chunk.length) {
    await write(chunk.subarray(0, Math.min(chunk.length, size - sent)));
  }
  let received = '';
  socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
  socket.resume();
  await closed;
  return received;
}

test('Content-Length over the limit: refused, drained, and a send-everything-first client still reads the answer', async () => {
  settings = { limit: 1024, options: {} };
  const received = await sendAllThenRead(8 * 1024 * 1024);
  assert.match(received, /^HTTP\/1\.1 200 OK\r\n/);
  assert.match(received, /\r\nConnection: close\r\n/i);
  assert.match(received, /\r\n\r\n(?:[0-9a-f]+\r\n)?too-large/);
  assert.deepEqual(results.at(-1), { ok: false, reason: 'too-large', limit: 1024 });
});

test('chunked body growing past the limit: refused while reading, answer still delivered', async () => {
  settings = { limit: 4096, options: {} };
  const chunks = Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 'y'));
  const reply = await send(chunks);
  assert.deepEqual(reply, { status: 200, body: 'too-large' });
});

test('a declared length beyond the drain allowance is refused at once, before any byte is read', async () => {
  settings = { limit: 1024, options: { drainBytes: 1024 } };
  const pending = nextResult();
  const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'Content-Length': 100 * 1024 * 1024 } });
  req.on('error', () => undefined);
  req.flushHeaders();
  const result = await pending;
  assert.deepEqual(result, { ok: false, reason: 'too-large', limit: 1024 });
  req.destroy();
});

test('a stalled client cannot hold the drain open past drainMs', async () => {
  settings = { limit: 1024, options: { drainMs: 100 } };
  const pending = nextResult();
  const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'Content-Length': 10_000 } });
  req.on('error', () => undefined);
  req.write(Buffer.alloc(2048, 'z'));
  const started = Date.now();
  const result = await pending;
  assert.deepEqual(result, { ok: false, reason: 'too-large', limit: 1024 });
  assert.ok(Date.now() - started < 2000);
  req.destroy();
});

test('a client that goes away mid-body is reported as aborted', async () => {
  settings = { limit: 1024 * 1024, options: {} };
  const pending = nextResult();
  const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'Content-Length': 10_000 } });
  req.on('error', () => undefined);
  req.write(Buffer.alloc(100, 'q'));
  setTimeout(() => req.destroy(), 50);
  assert.deepEqual(await pending, { ok: false, reason: 'aborted' });
});

test('bodyLimitFor: POST maxPostBytes, GET maxGetBytes minus the query, other methods nothing', () => {
  const limits = { maxPostBytes: 10 * 1024 * 1024, maxGetBytes: 32 * 1024 };
  assert.equal(bodyLimitFor('POST', '/?ignored', limits), 10 * 1024 * 1024);
  assert.equal(bodyLimitFor('GET', '/?a=1', limits), 32 * 1024 - 5);
  assert.ok(bodyLimitFor('GET', `/?${'a'.repeat(40_000)}`, limits) < 0);
  assert.equal(bodyLimitFor('PUT', '/', limits), 0);
});
