import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEncryptionKey } from './crypto-box.js';

/** Name of the generated key file inside the data directory (embedded mode, decisions.md D19). */
export const EMBEDDED_KEY_FILE = 'encryption.key';

/**
 * Loads the embedded mode's encryption key from `<dataDir>/encryption.key`, generating it on first start.
 *
 * The file holds the base64 of 32 random bytes (the same form as `Config.encryptionKey`, so an operator can move
 * to PostgreSQL by copying it into configuration). It is written to a private temporary file and then hard-linked
 * into place: `link` fails when the name exists, so two processes starting at once cannot overwrite each other's
 * key, and a reader never sees a half-written file. An existing file readable by group or others, or one that
 * does not hold exactly 32 bytes, stops the start rather than being used or replaced.
 */
export async function loadEmbeddedKey(dataDir: string): Promise<Buffer> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, EMBEDDED_KEY_FILE);
  const existing = await readKeyFile(path);
  if (existing) return existing;

  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx', 0o600);
  try {
    // Explicit chmod: the open mode is only an upper bound after the umask.
    await handle.chmod(0o600);
    await handle.writeFile(`${randomBytes(32).toString('base64')}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(tmp, path);
  } catch (err) {
    if (!isCode(err, 'EEXIST')) throw err;
    // Another process won the race; its key is the key.
  } finally {
    await unlink(tmp);
  }
  const created = await readKeyFile(path);
  if (!created) throw new Error(`encryption key file ${path} vanished while starting`);
  return created;
}

async function readKeyFile(path: string): Promise<Buffer | null> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    if (isCode(err, 'ENOENT')) return null;
    throw err;
  }
  if (!info.isFile()) {
    throw new Error(`encryption key ${path} is not a regular file`);
  }
  // POSIX permissions only; Windows does not report them meaningfully.
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8);
    throw new Error(`encryption key ${path} has mode ${mode}; refusing to start until it is 600 (chmod 600 ${path})`);
  }
  const text = await readFile(path, 'utf8');
  try {
    return parseEncryptionKey(text);
  } catch (err) {
    throw new Error(`encryption key ${path} is invalid: ${(err as Error).message}`);
  }
}

function isCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
