import { createServer } from 'node:http';

/**
 * The baseline of bench/api.ts: a bare Node `http` server answering every request with the same envelope bytes
 * cardverify answers (D5 headers), after reading the body. Run as its own process: `node bare-server.ts BODY`.
 */
const body = process.argv[2] ?? '{}';
const server = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
