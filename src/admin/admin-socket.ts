import { createServer, request, type Server } from 'node:http';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AdminOperations } from './admin-operations.js';

/**
 * A local-only control channel: a Unix socket in the data directory (directory mode 0700, socket 0600), so only
 * the operator's account reaches it. The CLI uses it to run admin operations inside the server that owns the
 * embedded database.
 */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, 'admin.sock');
}

type OperationName = keyof AdminOperations;
const OPERATIONS: readonly OperationName[] = ['createKey', 'listKeys', 'revokeKey', 'purge'];

export async function startAdminSocket(dataDir: string, ops: AdminOperations): Promise<Server> {
  const path = adminSocketPath(dataDir);
  rmSync(path, { force: true });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const { op, args } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { op: OperationName; args: unknown[] };
          if (!OPERATIONS.includes(op)) throw new Error(`unknown admin operation ${String(op)}`);
          const fn = ops[op] as (...a: unknown[]) => Promise<unknown>;
          const result = await fn(...args);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
        } catch (err) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: (err as Error).message }));
        }
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return server;
}

/** Calls an operation on the running server; resolves `undefined` when no server answers on the socket. */
export function callAdminSocket(dataDir: string, op: OperationName, args: unknown[]): Promise<{ result: unknown } | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: adminSocketPath(dataDir), method: 'POST', path: '/' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; result?: unknown; error?: string };
        if (body.ok) resolve({ result: body.result });
        else reject(new Error(body.error ?? 'admin operation failed'));
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') resolve(undefined);
      else reject(err);
    });
    req.end(JSON.stringify({ op, args }));
  });
}
