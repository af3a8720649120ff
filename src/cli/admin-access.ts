import type { Config } from '../config/schema.js';
import { adminOperations, type AdminOperations } from '../admin/admin-operations.js';
import { callAdminSocket } from '../admin/admin-socket.js';
import { DirLockBusyError } from '../store/dir-lock.js';
import { openStore } from '../store/open-store.js';

/**
 * Runs an admin operation wherever the data lives: on PostgreSQL directly; on embedded storage through the
 * running server's admin socket, or, when no server runs, by opening the data directory itself (openStore
 * locks it, so a server starting meanwhile waits for this command and the other way round).
 */
export async function withAdmin<T>(config: Config, use: (ops: AdminOperations) => Promise<T>): Promise<T> {
  if (config.databaseUrl !== undefined) return useOwnStore(config, use);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const remote = remoteOperations(config.dataDir);
    // Probe: is a server answering on the socket?
    const probe = await callAdminSocket(config.dataDir, 'listKeys', []).catch(() => undefined);
    if (probe !== undefined) return use(remote);
    try {
      return await useOwnStore(config, use);
    } catch (err) {
      // A server is starting up (directory locked, socket not yet open): wait for its socket.
      if (!(err instanceof DirLockBusyError) || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function useOwnStore<T>(config: Config, use: (ops: AdminOperations) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await use(adminOperations(store.keys, store.verifications));
  } finally {
    await store.close();
  }
}

function remoteOperations(dataDir: string): AdminOperations {
  const call = async (op: keyof AdminOperations, args: unknown[]) => {
    const answer = await callAdminSocket(dataDir, op, args);
    if (answer === undefined) throw new Error('the server stopped while the command ran; run it again');
    return answer.result;
  };
  return {
    createKey: async (app) => (await call('createKey', [app])) as Awaited<ReturnType<AdminOperations['createKey']>>,
    listKeys: async () => (await call('listKeys', [])) as Awaited<ReturnType<AdminOperations['listKeys']>>,
    revokeKey: async (id) => (await call('revokeKey', [id])) as boolean,
    purge: async () => (await call('purge', [])) as number,
  };
}
