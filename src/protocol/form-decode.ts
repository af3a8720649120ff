import { ApiError } from './errors.js';
import type { FormPair } from './v1-signature.js';

/**
 * Decoding of `application/x-www-form-urlencoded` text (v1 form bodies and every query string) and the
 * un-flattening of dotted names (spec §A.2, §A.10): `Filters.0.Name=a&Filters.0.Values.0=x` →
 * `{ Filters: [{ Name: 'a', Values: ['x'] }] }`.
 */

/**
 * Splits `a=1&b=2` into decoded pairs, keeping the client's order. `+` is a space; percent escapes must form
 * UTF-8 (spec §A.2: UTF-8 only). Empty segments (`a=1&&b=2`, a trailing `&`) are skipped; a segment without `=`
 * gets Tencent's observed answer (spec §C). Names must be unique: a repeated name has no defined meaning in v1
 * signing (§A.7 sorts by name).
 */
export function decodeForm(text: string): FormPair[] {
  const pairs: FormPair[] = [];
  const seen = new Set<string>();
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    if (eq < 0) throw new ApiError('InvalidParameter', { variant: 'form' });
    const name = decodeComponent(segment.slice(0, eq));
    if (name === '') throw new ApiError('InvalidParameter', { variant: 'name', name });
    if (seen.has(name)) throw new ApiError('InvalidParameter', { variant: 'duplicate', name });
    seen.add(name);
    pairs.push([name, decodeComponent(segment.slice(eq + 1))]);
  }
  return pairs;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ApiError('InvalidParameter', { variant: 'encoding' });
  }
}

type Tree = Map<string, Tree | string>;

const INDEX = /^(0|[1-9]\d{0,5})$/;

/**
 * Rebuilds nested parameters from dotted names. A level whose keys are exactly `0…n-1` becomes an array, any other
 * level an object. `A=1` together with `A.B=2`, or an empty segment (`A..B`), is a conflict → InvalidParameter.
 * Values stay strings: the action coerces them by its own schema (§A.10).
 */
export function unflatten(pairs: readonly FormPair[]): Record<string, unknown> {
  const root: Tree = new Map();
  for (const [name, value] of pairs) {
    const segments = name.split('.');
    if (segments.some((segment) => segment === '')) throw new ApiError('InvalidParameter', { variant: 'name', name });
    let node = root;
    for (const [i, segment] of segments.entries()) {
      const existing = node.get(segment);
      if (i === segments.length - 1) {
        if (existing !== undefined) throw new ApiError('InvalidParameter', { variant: 'name', name });
        node.set(segment, value);
      } else if (existing === undefined) {
        const child: Tree = new Map();
        node.set(segment, child);
        node = child;
      } else if (typeof existing === 'string') {
        throw new ApiError('InvalidParameter', { variant: 'name', name });
      } else {
        node = existing;
      }
    }
  }
  return toObject(root);
}

function toValue(node: Tree | string): unknown {
  if (typeof node === 'string') return node;
  const keys = [...node.keys()];
  const isArray = keys.every((key) => INDEX.test(key)) && keys.every((_, i) => node.has(String(i)));
  return isArray ? keys.map((_, i) => toValue(node.get(String(i)) as Tree | string)) : toObject(node);
}

/** Object.fromEntries defines own properties: a `__proto__` parameter cannot reach any prototype. */
function toObject(node: Tree): Record<string, unknown> {
  return Object.fromEntries([...node].map(([key, child]) => [key, toValue(child)]));
}
