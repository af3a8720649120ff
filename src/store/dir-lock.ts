import { randomBytes } from 'node:crypto';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** A held lock; `release` removes the lock file. */
export interface DirLock {
  readonly path: string;
  release(): Promise<void>;
}

/** The directory is held by another live process (a server, or a CLI command for a moment). */
export class DirLockBusyError extends Error {
  constructor(
    message: string,
    readonly ownerPid: number,
  ) {
    super(message);
    this.name = 'DirLockBusyError';
  }
}

/** Locks taken by this process, so a same-pid lock left by an earlier run can be told from a live one. */
const heldHere = new Set<string>();

/**
 * Claims a PGlite data directory for this process. PGlite runs PostgreSQL inside the process and does not enforce
 * `postmaster.pid` (measured: a second PGlite opens the same directory without complaint), so two processes on
 * one directory would corrupt it. The lock file sits next to the directory (`<dir>.lock`, not inside PGlite's own
 * files) and holds the owner's pid; a lock left by a process that no longer exists (kill -9) is taken over. It is
 * written to a temporary name and hard-linked into place, so it never exists without its pid (`link` fails when
 * the name is taken, which makes the claim atomic).
 */
export async function lockDir(dir: string): Promise<DirLock> {
  const path = `${resolve(dir)}.lock`;
  if (heldHere.has(path)) {
    throw new Error(`embedded data directory ${dir} is already open in this process`);
  }
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, `${process.pid}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (await claim(tmp, path)) {
        heldHere.add(path);
        return {
          path,
          release: async () => {
            heldHere.delete(path);
            await unlink(path).catch(() => undefined);
          },
        };
      }
      const owner = await readOwner(path);
      // Our own pid in a lock we do not hold is a previous run's (a container restarts as the same pid 1).
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new DirLockBusyError(
          `embedded data directory ${dir} is in use by process ${owner}; the embedded mode allows one process ` +
            `(stop it, or use PostgreSQL via databaseUrl for several). If that process is not cardverify, delete ${path}.`,
          owner,
        );
      }
      // The owner is gone (kill -9, power loss): remove its lock and try again.
      await unlink(path).catch((e: unknown) => {
        if (!isCode(e, 'ENOENT')) throw e;
      });
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  throw new Error(`could not lock embedded data directory ${dir} (${path} keeps reappearing)`);
}

async function claim(tmp: string, path: string): Promise<boolean> {
  try {
    await link(tmp, path);
    return true;
  } catch (err) {
    if (isCode(err, 'EEXIST')) return false;
    throw err;
  }
}

async function readOwner(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(path, 'utf8')).trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch (err) {
    if (isCode(err, 'ENOENT')) return null;
    throw err;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return isCode(err, 'EPERM');
  }
}

function isCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
