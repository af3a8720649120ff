import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchImageUrl, type FetchImageOptions, type HostLookup } from '../../src/images/fetch-image-url.js';
import { ImageInputError, type ImageErrorKind } from '../../src/images/image-input-error.js';
import { baselineJpeg } from './image-bytes.js';

// decisions.md D6: http/https only, 3 s total, ≤ 3 redirects, ≤ 5 MB, non-public addresses unless allow-listed.
const MAX_BYTES = 64 * 1024;
let image: Buffer;
let server: http.Server;
let origin: string;
let port: number;
const seen: Array<{ url: string; host: string }> = [];

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  seen.push({ url: req.url ?? '', host: req.headers.host ?? '' });
  const url = new URL(req.url ?? '/', origin);
  const redirect = (location: string): void => {
    res.writeHead(302, { location }).end();
  };
  switch (url.pathname) {
    case '/image.jpg':
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(image); // type is never trusted
    case '/chain': {
      const left = Number(url.searchParams.get('n'));
      return left > 0 ? redirect(`/chain?n=${left - 1}`) : redirect('image.jpg'); // relative Location
    }
    case '/loop':
      return redirect('/loop');
    case '/to-private':
      return redirect('http://10.0.0.1/image.jpg');
    case '/to-ftp':
      return redirect('ftp://127.0.0.1/image.jpg');
    case '/slow-hop': {
      await delay(150);
      const hop = Number(url.searchParams.get('hop'));
      return hop < 3 ? redirect(`/slow-hop?hop=${hop + 1}`) : void res.end(image);
    }
    case '/stall':
      return; // never answers
    case '/trickle':
      res.writeHead(200);
      res.write(image.subarray(0, 10));
      return; // the body never ends
    case '/big-declared':
      return void res.writeHead(200, { 'content-length': String(MAX_BYTES + 1) }).end(Buffer.alloc(MAX_BYTES + 1));
    case '/big-chunked':
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(MAX_BYTES / 4));
      return void res.end();
    case '/exact':
      return void res.end(Buffer.alloc(MAX_BYTES, 1));
    case '/empty':
      return void res.end();
    case '/missing':
      return void res.writeHead(404).end('not here');
    case '/cut':
      res.writeHead(200, { 'content-length': '1000' });
      res.write(Buffer.alloc(10));
      return void res.destroy();
    default:
      res.writeHead(500).end();
  }
}

before(async () => {
  image = await baselineJpeg();
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

function options(overrides: Partial<FetchImageOptions> = {}): FetchImageOptions {
  return { timeoutMs: 3000, maxRedirects: 3, maxBytes: MAX_BYTES, allowList: ['127.0.0.1'], ...overrides };
}

async function refuses(url: string, kind: ImageErrorKind, opts = options()): Promise<ImageInputError> {
  try {
    await fetchImageUrl(url, opts);
  } catch (error) {
    assert.ok(error instanceof ImageInputError, String(error));
    assert.equal(error.kind, kind, error.message);
    return error;
  }
  assert.fail(`expected ${url} to be refused as ${kind}`);
}

test('downloads an image from an allow-listed address', async () => {
  assert.deepEqual(await fetchImageUrl(`${origin}/image.jpg`, options()), image);
});

test('follows up to maxRedirects redirects, relative ones included', async () => {
  assert.deepEqual(await fetchImageUrl(`${origin}/chain?n=2`, options()), image); // 3 redirects in all
  await refuses(`${origin}/chain?n=3`, 'download-failed'); // 4 redirects
});

test('a redirect loop is refused after maxRedirects', async () => {
  seen.length = 0;
  const error = await refuses(`${origin}/loop`, 'download-failed');
  assert.equal(error.detail.limit, 3);
  assert.equal(seen.length, 4); // the first request and three redirects followed
});

test('every redirect target is re-checked', async () => {
  const error = await refuses(`${origin}/to-private`, 'url-refused');
  assert.equal(error.detail.address, '10.0.0.1');
  await refuses(`${origin}/to-ftp`, 'url-invalid');
});

test('one timeout covers all redirect hops together', async () => {
  // Each hop takes 150 ms; no single hop reaches 400 ms, but the four together do.
  const started = Date.now();
  await refuses(`${origin}/slow-hop?hop=0`, 'download-timeout', options({ timeoutMs: 400 }));
  assert.ok(Date.now() - started < 900);
  assert.deepEqual(await fetchImageUrl(`${origin}/slow-hop?hop=0`, options({ timeoutMs: 2000 })), image);
});

test('a server that never answers, or never finishes the body, times out', async () => {
  for (const path of ['/stall', '/trickle']) {
    const started = Date.now();
    await refuses(`${origin}${path}`, 'download-timeout', options({ timeoutMs: 300 }));
    assert.ok(Date.now() - started < 800, path);
  }
});

test('the body is cut off past maxBytes', async () => {
  const declared = await refuses(`${origin}/big-declared`, 'too-many-bytes');
  assert.equal(declared.detail.actual, MAX_BYTES + 1);
  const chunked = await refuses(`${origin}/big-chunked`, 'too-many-bytes');
  assert.equal(chunked.detail.limit, MAX_BYTES);
  assert.equal((await fetchImageUrl(`${origin}/exact`, options())).length, MAX_BYTES);
});

test('non-2xx, empty and broken responses fail', async () => {
  assert.equal((await refuses(`${origin}/missing`, 'download-failed')).detail.status, 404);
  await refuses(`${origin}/empty`, 'empty');
  await refuses(`${origin}/cut`, 'download-failed');
});

test('without an allow-list, loopback, private, link-local and mapped addresses are refused unconnected', async () => {
  seen.length = 0;
  const noAllow = options({ allowList: [] });
  const hosts = ['127.0.0.1', '10.0.0.1', '169.254.169.254', '[::1]', '[::ffff:127.0.0.1]', '0.0.0.0'];
  for (const host of [...hosts, '2130706433' /* 127.0.0.1 as one number */]) {
    await refuses(`http://${host}:${port}/image.jpg`, 'url-refused', noAllow);
  }
  assert.equal(seen.length, 0);
});

test('a hostname resolving to a private address is refused, even among public ones', async () => {
  const lookup: HostLookup = async () => [
    { address: '93.184.216.34', family: 4 },
    { address: '192.168.0.10', family: 4 },
  ];
  const error = await refuses('http://images.example/a.jpg', 'url-refused', options({ allowList: [], lookup }));
  assert.equal(error.detail.range, 'private');
  const v6: HostLookup = async () => [{ address: 'fd00::1', family: 6 }];
  await refuses('https://images.example/a.jpg', 'url-refused', options({ allowList: [], lookup: v6 }));
});

test('connects to the vetted address without a second lookup, sending the original Host', async () => {
  let lookups = 0;
  const lookup: HostLookup = async (hostname) => {
    lookups++;
    assert.equal(hostname, 'images.example');
    // A rebinding resolver would answer differently the second time; it is never asked.
    return lookups === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }];
  };
  seen.length = 0;
  const bytes = await fetchImageUrl(`http://images.example:${port}/image.jpg`, options({ lookup }));
  assert.deepEqual(bytes, image);
  assert.equal(lookups, 1);
  assert.deepEqual(seen, [{ url: '/image.jpg', host: `images.example:${port}` }]);
});

test('an allow-listed hostname may resolve to a private address', async () => {
  const lookup: HostLookup = async () => [{ address: '127.0.0.1', family: 4 }];
  const url = `http://images.internal:${port}/image.jpg`;
  const bytes = await fetchImageUrl(url, options({ allowList: ['images.internal'], lookup }));
  assert.deepEqual(bytes, image);
});

test('only http and https URLs are accepted', async () => {
  for (const url of ['ftp://127.0.0.1/image.jpg', 'file:///etc/passwd', 'gopher://127.0.0.1/', 'not a url', '/a.jpg']) {
    await refuses(url, 'url-invalid');
  }
});

test('a name that does not resolve fails the download', async () => {
  const lookup: HostLookup = async () => {
    throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
  };
  await refuses('http://nowhere.example/a.jpg', 'download-failed', options({ lookup }));
  await refuses('http://nowhere.example/a.jpg', 'download-failed', options({ lookup: async () => [] }));
});

test('a hung resolver cannot outlast the timeout', async () => {
  const lookup: HostLookup = () => new Promise(() => undefined);
  await refuses('http://slow-dns.example/a.jpg', 'download-timeout', options({ timeoutMs: 100, lookup }));
});
