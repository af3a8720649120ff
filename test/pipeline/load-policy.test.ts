import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY_URL, loadPolicy, policySchema } from '../../src/pipeline/load-policy.js';

const root = new URL('../../', import.meta.url);
const shippedUrl = new URL('policy/verdict-policy.json', root);
const shipped = JSON.parse(readFileSync(shippedUrl, 'utf8')) as Record<string, unknown>;

function withTempFile(text: string, body: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'cardverify-policy-'));
  try {
    const path = join(dir, 'policy.json');
    writeFileSync(path, text);
    body(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the default location is the package root policy file (same depth from src/ and dist/)', () => {
  assert.equal(fileURLToPath(DEFAULT_POLICY_URL), fileURLToPath(shippedUrl));
  const fromDist = new URL('../../policy/verdict-policy.json', new URL('dist/pipeline/load-policy.js', root));
  assert.equal(fileURLToPath(fromDist), fileURLToPath(shippedUrl));
});

test('the shipped policy loads, is versioned and frozen', () => {
  const policy = loadPolicy();
  assert.equal(policy.version, '2026-12-02.1');
  assert.ok(Object.isFrozen(policy) && Object.isFrozen(policy.image) && Object.isFrozen(policy.verdict));
  assert.ok(Object.isFrozen(policy.locate) && Object.isFrozen(policy.quality));
  assert.deepEqual(policy, policySchema.parse(shipped));
});

test('the shipped file states exactly the schema defaults', () => {
  const defaults = policySchema.parse({ version: shipped.version });
  assert.deepEqual(shipped, defaults);
});

test('docs/policy.md documents every default with its shipped value', () => {
  const doc = readFileSync(new URL('docs/policy.md', root), 'utf8');
  const documented = new Map<string, unknown>();
  for (const match of doc.matchAll(/^\| `([a-zA-Z.]+)` \| `([^`]+)` \|/gm)) {
    documented.set(match[1] ?? '', JSON.parse(match[2] ?? ''));
  }
  const flat = new Map<string, unknown>();
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, prefix === '' ? key : `${prefix}.${key}`);
    } else {
      flat.set(prefix, value);
    }
  };
  walk(shipped, '');
  assert.deepEqual(new Map([...documented].sort()), new Map([...flat].sort()));
});

test('an invalid policy is refused with the bad key named', () => {
  withTempFile(JSON.stringify({ version: 'x', image: { minMeanLuma: 200, maxMeanLuma: 100 } }), (path) => {
    assert.throws(() => loadPolicy(path), /minMeanLuma must be below/);
  });
  withTempFile(JSON.stringify({ version: 'x', verdict: { rejectWarnCodes: ['NoSuchCode'] } }), (path) => {
    assert.throws(() => loadPolicy(path), /verdict\.rejectWarnCodes\.0/);
  });
  withTempFile(JSON.stringify({ image: {} }), (path) => {
    assert.throws(() => loadPolicy(path), /version/);
  });
  withTempFile(JSON.stringify({ version: 'x', image: { minShortSide: 300 } }), (path) => {
    assert.throws(() => loadPolicy(path), /minShortSide/, 'misspelt keys are not silently ignored');
  });
  withTempFile('{ not json', (path) => {
    assert.throws(() => loadPolicy(path), /not JSON/);
  });
});

test('a partial policy takes documented defaults for what it leaves out', () => {
  withTempFile(JSON.stringify({ version: 'strict-1', image: { minShortSidePx: 600 } }), (path) => {
    const policy = loadPolicy(path);
    assert.equal(policy.version, 'strict-1');
    assert.equal(policy.image.minShortSidePx, 600);
    assert.equal(policy.image.minMeanLuma, 40);
    assert.deepEqual(policy.verdict.rejectWarnCodes, ['DocumentNotFound', 'UnsupportedDocument']);
  });
});
