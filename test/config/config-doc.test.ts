import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderConfigTable } from '../../src/config/render-config-doc.js';
import { loadConfig, ConfigError } from '../../src/config/load-config.js';

test('docs/configuration.md holds the table rendered from the schema', () => {
  const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  assert.ok(doc.includes(renderConfigTable()), 'regenerate with: node --import tsx src/config/render-config-doc.ts');
});

test('defaults, environment and overrides are merged, validated and frozen', () => {
  const c = loadConfig({ PORT: '9000', CARDVERIFY_REGIONS: 'ap-singapore, ap-jakarta' }, { compat: { statusCase: 'upper' } });
  assert.equal(c.http.port, 9000);
  assert.equal(c.http.host, '127.0.0.1');
  assert.deepEqual(c.protocol.regions, ['ap-singapore', 'ap-jakarta']);
  assert.equal(c.compat.statusCase, 'upper');
  assert.equal(c.retention.seconds, 259200);
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.http));
});

test('bad values are refused with the setting named', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message));
  assert.throws(() => loadConfig({ CARDVERIFY_STATUS_CASE: 'lower' }), (e: unknown) => e instanceof ConfigError && /compat.statusCase/.test(e.message));
  assert.throws(() => loadConfig({}, { bogus: 1 } as never), ConfigError);
});
