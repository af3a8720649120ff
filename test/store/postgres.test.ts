import { postgresSkipReason, temporaryDatabase } from '../support/postgres.js';
import { storeContract } from './store-contract.js';
import { storeTestConfig } from './test-config.js';

// The PostgreSQL half of the storage contract (decisions.md D19), in a database of its own per run.
storeContract({
  name: 'PostgreSQL',
  skip: await postgresSkipReason('the PostgreSQL contract suite'),
  async prepare() {
    const db = await temporaryDatabase();
    return { config: storeTestConfig({ databaseUrl: db.url }), cleanup: db.drop };
  },
});
