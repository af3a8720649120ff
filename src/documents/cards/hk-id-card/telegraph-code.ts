/**
 * Chinese Commercial Code ("telex code") lookups for the HKID: the card prints four digits per character of the
 * Chinese name, so the name can be rebuilt or checked from the digits when the OCR dictionary lacks a character.
 *
 * Data: assets/unihan/telegraph-codes.json, derived from Unihan 15.1.0 `kTaiwanTelegraph` and
 * `kMainlandTelegraph` (see assets/unihan/README.md; Unicode License v3 in assets/unihan/LICENSE.txt). Hong Kong
 * uses the traditional code book, which Unihan records as `kTaiwanTelegraph`; the mainland book is consulted only
 * after it, because the two books give 2,616 codes to different characters (1013 is 執 in one, 执 in the other).
 */

import { readFileSync } from 'node:fs';

/**
 * The same relative path works from src/documents/cards/hk-id-card (tsx) and from dist/documents/cards/hk-id-card
 * (after `tsc`): four levels up is the repository root in both layouts.
 */
const TABLE_URL = new URL('../../../../assets/unihan/telegraph-codes.json', import.meta.url);

const CODE_PATTERN = /^\d{4}$/;

interface TelegraphTables {
  /** Code → characters, Taiwan/Hong Kong book. */
  taiwan: ReadonlyMap<string, readonly string[]>;
  /** Code → characters, mainland book. */
  mainland: ReadonlyMap<string, readonly string[]>;
  /** Character → its first code, Taiwan book entries taking precedence over mainland ones. */
  codeOf: ReadonlyMap<string, string>;
}

let tables: TelegraphTables | null = null;

function readCodeMap(raw: unknown, name: string): Map<string, string[]> {
  if (typeof raw !== 'object' || raw === null) throw new Error(`telegraph-codes.json: "${name}" is not an object`);
  const map = new Map<string, string[]>();
  for (const [code, chars] of Object.entries(raw)) {
    if (!CODE_PATTERN.test(code) || typeof chars !== 'string' || chars === '') {
      throw new Error(`telegraph-codes.json: bad entry ${name}[${JSON.stringify(code)}]`);
    }
    // Spread, not split(''): 40 of the Taiwan characters lie outside the BMP (surrogate pairs).
    map.set(code, [...chars]);
  }
  return map;
}

function loadTables(): TelegraphTables {
  if (tables !== null) return tables;
  const parsed = JSON.parse(readFileSync(TABLE_URL, 'utf8')) as { taiwan?: unknown; mainland?: unknown };
  const taiwan = readCodeMap(parsed.taiwan, 'taiwan');
  const mainland = readCodeMap(parsed.mainland, 'mainland');
  const codeOf = new Map<string, string>();
  // Keys were written in ascending order, so a character with two codes in one book (塵 1057/7775) keeps the
  // first one Unihan lists.
  for (const book of [taiwan, mainland]) {
    for (const [code, chars] of book) {
      for (const char of chars) if (!codeOf.has(char)) codeOf.set(char, code);
    }
  }
  tables = { taiwan, mainland, codeOf };
  return tables;
}

/**
 * The characters a four-digit code stands for: the Taiwan/Hong Kong book's first, then the mainland book's,
 * without repeats. Empty for an unknown code or anything that is not exactly four ASCII digits.
 */
export function characterForCode(code: string): string[] {
  if (!CODE_PATTERN.test(code)) return [];
  const { taiwan, mainland } = loadTables();
  const found = [...(taiwan.get(code) ?? []), ...(mainland.get(code) ?? [])];
  return [...new Set(found)];
}

/**
 * The code of one character (Taiwan/Hong Kong book first), or null. The character is looked up as given and then
 * in NFC, which maps CJK compatibility ideographs to their unified forms; the exact form must win because Unihan
 * gives two compatibility ideographs (U+2F8BA 拼, U+2F81B 况) codes different from their unified forms'.
 */
export function codeForCharacter(char: string): string | null {
  if ([...char].length !== 1) return null;
  const { codeOf } = loadTables();
  return codeOf.get(char) ?? codeOf.get(char.normalize('NFC')) ?? null;
}
