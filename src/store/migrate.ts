import type { Db, Queryable } from './db.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';

/**
 * Applies pending migrations, each in its own transaction, and records them in `schema_migrations`.
 *
 * Every transaction first takes a transaction-scoped advisory lock, then (re)reads what is applied: when two
 * processes start at once on one PostgreSQL, the second waits for the first and then finds nothing left to do.
 * Returns the ids applied by this call.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = allMigrations): Promise<string[]> {
  checkOrder(migrations);
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await lock(tx);
      await tx.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
          id text PRIMARY KEY,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`,
      );
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (done.rows.length > 0) return false;
      for (const statement of migration.statements) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return applied;
}

/** One key for every cardverify migrator, whatever the database; released at commit or rollback. */
async function lock(tx: Queryable): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('cardverify.schema_migrations'))");
}

function checkOrder(migrations: readonly Migration[]): void {
  const ids = migrations.map((m) => m.id);
  const sorted = [...ids].sort();
  if (new Set(ids).size !== ids.length || ids.some((id, i) => id !== sorted[i])) {
    throw new Error(`migrations must have unique ids in sorted order: ${ids.join(', ')}`);
  }
}
