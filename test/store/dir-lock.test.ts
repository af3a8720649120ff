import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDir } from '../../src/store/dir-lock.js';

// One PGlite process per data directory (decisions.md D19; PGlite does not enforce it itself).
test('a directory is locked once; release frees it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cardverify-lock-'));
  try {
    const data = join(dir, 'pgdata');
    const lock = await lockDir(data);
    assert.equal((await readFile(`${data}.lock`, 'utf8')).trim(), String(process.pid));
    await assert.rejects(lockDir(data), /already open in this process/);
    await lock.release();
    const again = await lockDir(data);
    await again.release();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a live process holding the lock is refused; a dead one is taken over', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cardverify-lock-'));
  try {
    const data = join(dir, 'pgdata');
    // The parent of this test process is alive and is not us.
    await writeFile(`${data}.lock`, `${process.ppid}\n`);
    await assert.rejects(lockDir(data), new RegExp(`in use by process ${process.ppid}`));

    const exited = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    await writeFile(`${data}.lock`, exited.stdout);
    const lock = await lockDir(data);
    assert.equal((await readFile(`${data}.lock`, 'utf8')).trim(), String(process.pid));
    await lock.release();

    // Our own pid in a lock we do not hold: left by an earlier run with the same pid (containers restart as pid 1).
    await writeFile(`${data}.lock`, `${process.pid}\n`);
    const reclaimed = await lockDir(data);
    await reclaimed.release();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
