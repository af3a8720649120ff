import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { storeContract } from './store-contract.js';
import { storeTestConfig } from './test-config.js';

// The PostgreSQL half of the storage contract (decisions.md D19). Each run creates and drops its own database,
// so parallel runs and leftovers of a crashed run never collide.
// CARDVERIFY_TEST_DATABASE_URL overrides the server (README.md "To run the test suite").
const ADMIN_URL = process.env.CARDVERIFY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probe(): Promise<string | false> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return false;
  } catch (err) {
    const shown = new URL(ADMIN_URL);
    if (shown.password) shown.password = '***';
    return `PostgreSQL not reachable at ${shown.toString()} (${(err as Error).message}); the PostgreSQL contract suite is skipped`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

storeContract({
  name: 'PostgreSQL',
  skip: await probe(),
  async prepare() {
    const database = `cardverify_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${database}`;
    return {
      config: storeTestConfig({ databaseUrl: url.toString() }),
      cleanup: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    };
  },
});
