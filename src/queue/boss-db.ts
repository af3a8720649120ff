import type PgBoss from 'pg-boss';
import type { Db, Queryable } from '../store/db.js';
import type { PgliteDb } from '../store/pglite-db.js';

type BossDb = PgBoss.Db;

/**
 * pg-boss's `db` option over our own `Db`, for the embedded mode (decisions.md D20). pg-boss sends parameterised
 * single statements and parameterless texts that may hold several statements (its migrations and its
 * `BEGIN; SET LOCAL …; pg_advisory_xact_lock …; COMMIT` wrappers). PGlite's `query` refuses the latter, so they
 * go through `execRows`, which runs them as a simple query and returns the last statement's rows
 * (storage-notes.md). PostgreSQL's simple query protocol accepts several statements on `query` directly.
 */
export function bossDbFor(db: Db): BossDb {
  const pglite = isPgliteDb(db) ? db : null;
  if (db.kind === 'pglite' && !pglite) throw new Error('a PGlite Db without execRows cannot carry pg-boss');
  return {
    executeSql: async (text, values) => {
      if (values !== undefined && values.length > 0) return db.query(text, values);
      return pglite ? pglite.execRows(text) : db.query(text);
    },
  };
}

/**
 * pg-boss's `db` option over an open transaction: a job sent through it commits or rolls back with the caller's
 * rows. Only single parameterised statements (pg-boss's insert) come this way.
 */
export function bossDbInTransaction(tx: Queryable): BossDb {
  return {
    executeSql: (text, values) => tx.query(text, values ?? []),
  };
}

function isPgliteDb(db: Db): db is PgliteDb {
  return db.kind === 'pglite' && typeof (db as Partial<PgliteDb>).execRows === 'function';
}
