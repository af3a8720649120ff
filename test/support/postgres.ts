import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server tests use (README "To run the test suite"): 127.0.0.1:5432, user postgres, database
 * test, or CARDVERIFY_TEST_DATABASE_URL. Each run works in a database of its own, created and dropped here, so
 * parallel runs and leftovers of a crashed run never collide.
 */
export const ADMIN_URL = process.env.CARDVERIFY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** `false` when PostgreSQL answers, else the reason to skip (password masked), for the runner's skip option. */
export async function postgresSkipReason(what: string): Promise<string | false> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return false;
  } catch (err) {
    const shown = new URL(ADMIN_URL);
    if (shown.password) shown.password = '***';
    const reason = `PostgreSQL not reachable at ${shown.toString()} (${(err as Error).message}); ${what} is skipped`;
    process.stderr.write(`SKIP: ${reason}\n`);
    return reason;
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

/** Creates an empty database for one test run; `drop` removes it even with connections left open. */
export async function temporaryDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = `cardverify_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${database}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`) };
}
