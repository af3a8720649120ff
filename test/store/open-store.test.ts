import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema } from '../../src/config/schema.js';
import { openStore } from '../../src/store/open-store.js';

// decisions.md D19: with PostgreSQL the key must come from configuration; the check runs before any connection
// (port 9 is discard: nothing would answer there).
test('databaseUrl without encryptionKey is a clear start-up error', async () => {
  const config = configSchema.parse({ databaseUrl: 'postgres://nobody@127.0.0.1:9/none' });
  await assert.rejects(openStore(config), /encryptionKey is required when databaseUrl is set/);
});

test('a malformed encryptionKey is refused before connecting', async () => {
  const config = configSchema.parse({ databaseUrl: 'postgres://nobody@127.0.0.1:9/none', encryptionKey: 'c2hvcnQ=' });
  await assert.rejects(openStore(config), /32 bytes, got 5/);
});

test('an unreachable PostgreSQL is reported as such', async () => {
  const config = configSchema.parse({
    databaseUrl: 'postgres://nobody@127.0.0.1:9/none',
    encryptionKey: Buffer.alloc(32, 7).toString('base64'),
  });
  await assert.rejects(openStore(config), /cannot connect to PostgreSQL/);
});
