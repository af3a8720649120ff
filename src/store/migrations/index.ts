import { initialMigration } from './001-initial.js';

/**
 * A schema change. Migrations are TypeScript modules rather than .sql files because tsc does not copy .sql files
 * into dist/. Each statement is one SQL command (the runner executes them with `query` inside a transaction).
 * Never edit an applied migration: add the next one.
 */
export interface Migration {
  /** `NNN-name`; sorted order is apply order. */
  id: string;
  statements: string[];
}

/** Every migration, in apply order. */
export const migrations: readonly Migration[] = [initialMigration];
