import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalised, type RawResponse } from './raw-client.js';

const DIR = fileURLToPath(new URL('../golden/', import.meta.url));

/**
 * Pins the exact bytes of an answer: status line facts, Content-Type, and the body with only its RequestId (and
 * token) replaced. `CARDVERIFY_UPDATE_GOLDEN=1` writes missing files; an existing file is never rewritten silently.
 */
export function assertGolden(name: string, r: RawResponse): void {
  const actual = `HTTP ${r.status}\nContent-Type: ${String(r.headers['content-type'])}\n\n${normalised(r.body)}\n`;
  const path = `${DIR}${name}.txt`;
  if (!existsSync(path) && process.env.CARDVERIFY_UPDATE_GOLDEN === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `golden file test/golden/${name}.txt`);
}
