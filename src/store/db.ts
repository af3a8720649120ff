/**
 * The one database interface the rest of the code sees. Two implementations: embedded PGlite and PostgreSQL
 * through `pg` (decisions.md D19). Both speak the same SQL dialect and run the same migrations.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` inside one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a multi-statement text without parameters (migrations, pg-boss wrappers). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
