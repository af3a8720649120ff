import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { ERROR_CATALOGUE } from '../../src/protocol/errors.js';
import { renderErrorsDoc, renderErrorTable } from '../../src/protocol/render-errors-doc.js';

const DOC = new URL('../../docs/errors.md', import.meta.url);

test('docs/errors.md is exactly what the catalogue renders (regenerate: node --import tsx src/protocol/render-errors-doc.ts > docs/errors.md)', async () => {
  const doc = await readFile(DOC, 'utf8');
  assert.ok(doc.includes(renderErrorTable()), 'the error table in docs/errors.md differs from src/protocol/errors.ts');
  assert.equal(doc, renderErrorsDoc());
});

test('the table has one row per message variant and names every code', () => {
  const table = renderErrorTable();
  const variants = Object.values(ERROR_CATALOGUE).reduce((n, spec) => n + Object.keys(spec.messages).length, 0);
  assert.equal(table.trimEnd().split('\n').length, 2 + variants);
  for (const code of Object.keys(ERROR_CATALOGUE)) assert.ok(table.includes(`| \`${code}\` |`), code);
});
