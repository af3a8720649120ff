import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDED_KEY_FILE, loadEmbeddedKey } from '../../src/store/embedded-key.js';

// decisions.md D19: the embedded mode generates its key in the data directory, private to the owner.
async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cardverify-key-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('generates a 32-byte key in a 0600 file and reads the same key back', () =>
  withDir(async (dir) => {
    const dataDir = join(dir, 'data');
    const key = await loadEmbeddedKey(dataDir);
    assert.equal(key.length, 32);
    const file = join(dataDir, EMBEDDED_KEY_FILE);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.deepEqual(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64'), key);
    assert.deepEqual(await loadEmbeddedKey(dataDir), key);
    assert.deepEqual(await readdir(dataDir), [EMBEDDED_KEY_FILE], 'no temporary file left behind');
  }));

test('processes starting at once agree on one key', () =>
  withDir(async (dir) => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadEmbeddedKey(dir)));
    for (const key of keys) assert.deepEqual(key, keys[0]);
  }));

test('refuses a key file readable by others, or of the wrong length', { skip: process.platform === 'win32' }, () =>
  withDir(async (dir) => {
    const file = join(dir, EMBEDDED_KEY_FILE);
    await loadEmbeddedKey(dir);
    await chmod(file, 0o644);
    await assert.rejects(loadEmbeddedKey(dir), /mode 644.*refusing/);
    await writeFile(file, Buffer.alloc(16).toString('base64'), { mode: 0o600 });
    await chmod(file, 0o600);
    await assert.rejects(loadEmbeddedKey(dir), /invalid: .*32 bytes, got 16/);
  }));
