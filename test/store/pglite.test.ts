import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './store-contract.js';
import { storeTestConfig } from './test-config.js';

// The embedded half of the storage contract (decisions.md D19): PGlite in a temporary data directory, opened once.
storeContract({
  name: 'PGlite',
  skip: false,
  async prepare() {
    const dataDir = await mkdtemp(join(tmpdir(), 'cardverify-store-'));
    // No encryptionKey: the embedded mode generates its own in the data directory.
    return {
      config: storeTestConfig({ dataDir, encryptionKey: undefined }),
      cleanup: () => rm(dataDir, { recursive: true, force: true }),
    };
  },
});
