import { mkdir } from 'node:fs/promises';
import { PGlite, types, type Results, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult, Queryable } from './db.js';
import { lockDir } from './dir-lock.js';

/**
 * The embedded `Db` (decisions.md D19): one PGlite instance (PostgreSQL in WebAssembly, single backend) in a data
 * directory. PGlite serialises every call; `transaction` holds it exclusively, so code inside a transaction must
 * use the `tx` it is given; calling the Db itself there would wait for the transaction forever.
 */
export interface PgliteDb extends Db {
  readonly kind: 'pglite';
  /**
   * Runs a multi-statement text and returns the last statement's result. pg-boss sends its migrations and its
   * `BEGIN; …; COMMIT` wrappers as one text without parameters, which `query` refuses and `exec` would discard
   * rows of (storage-notes.md).
   */
  execRows(sql: string): Promise<QueryResult<Record<string, unknown>>>;
}

/** bytea arrives as `\x…` hex text; parse it to a Buffer so both Db implementations return the same type. */
const parsers = {
  [types.BYTEA]: (value: string): Buffer => Buffer.from(value.slice(2), 'hex'),
};

export async function openPgliteDb(dir: string): Promise<PgliteDb> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const lock = await lockDir(dir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir, { parsers });
  } catch (err) {
    await lock.release();
    throw err;
  }

  /** An error inside a multi-statement `BEGIN … COMMIT` leaves the single backend in an aborted transaction. */
  const execOrRollback = async (sql: string): Promise<Results[]> => {
    try {
      return await pglite.exec(sql);
    } catch (err) {
      await pglite.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
  };

  return {
    kind: 'pglite',
    query: <Row>(sql: string, params?: unknown[]) => pglite.query<Row>(sql, params).then(toResult),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => pglite.transaction((tx) => fn(wrapTransaction(tx))),
    exec: async (sql: string) => {
      await execOrRollback(sql);
    },
    execRows: async (sql: string) => {
      const results = await execOrRollback(sql);
      const last = results[results.length - 1];
      return last ? toResult(last as Results<Record<string, unknown>>) : { rows: [], rowCount: 0 };
    },
    close: async () => {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        await lock.release();
      }
    },
  };
}

function wrapTransaction(tx: Transaction): Queryable {
  return {
    query: <Row>(sql: string, params?: unknown[]) => tx.query<Row>(sql, params).then(toResult),
  };
}

/** PGlite's `rowCount` is the command tag's count (rows returned or changed), as in `pg`. */
function toResult<Row>(result: Results<Row>): QueryResult<Row> {
  return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
}
