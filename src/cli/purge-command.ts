import type { Config } from '../config/schema.js';
import { withAdmin } from './admin-access.js';

/** `cardverify purge`: deletes verifications past retention now (decisions.md D15); the server also does it periodically. */
export async function runPurge(config: Config): Promise<number> {
  const n = await withAdmin(config, (ops) => ops.purge());
  process.stdout.write(`purged ${n} verification${n === 1 ? '' : 's'}\n`);
  return 0;
}
