import pg from 'pg';
import type { Db, QueryResult, Queryable } from './db.js';

/** The PostgreSQL Db; pg-boss connects with the same connection string (decisions.md D20). */
export interface PostgresDb extends Db {
  readonly kind: 'postgres';
  /** A method, not a property, so that logging the object never prints the password in the URL. */
  connectionString(): string;
}

export interface PostgresDbOptions {
  /** Pool size; the HTTP server and the worker each hold their own pool. */
  max?: number;
  /** Errors of idle pooled connections (server restart, network cut); without a listener they crash the process. */
  onError?: (err: Error) => void;
}

/**
 * The PostgreSQL `Db` (decisions.md D19) over a `pg` Pool. A transaction runs on one client taken from the pool;
 * `exec` uses the simple query protocol (no parameters), which accepts several statements in one text.
 */
export async function openPostgresDb(url: string, opts: PostgresDbOptions = {}): Promise<PostgresDb> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, application_name: 'cardverify' });
  pool.on('error', (err) => opts.onError?.(err));
  try {
    // Fail at start-up, with the server's own reason, rather than on the first request.
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot connect to PostgreSQL (databaseUrl): ${(err as Error).message}`, { cause: err });
  }

  const run = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) =>
    toResult<Row>(await client.query(sql, params));

  return {
    kind: 'postgres',
    connectionString: () => url,
    query: <Row>(sql: string, params?: unknown[]) => run<Row>(pool, sql, params),
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      const tx: Queryable = { query: <Row>(sql: string, params?: unknown[]) => run<Row>(client, sql, params) };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackErr) {
          // A connection that cannot roll back is broken; destroy it instead of returning it to the pool.
          client.release(rollbackErr as Error);
        }
        throw err;
      }
    },
    exec: async (sql: string) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

function toResult<Row>(result: pg.QueryResult | pg.QueryResult[]): QueryResult<Row> {
  // A multi-statement text returns one result per statement; the last one is the answer.
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  if (!last) return { rows: [], rowCount: 0 };
  return { rows: last.rows as Row[], rowCount: last.rowCount ?? last.rows.length };
}
