/**
 * How sealed (bytea) values cross the driver. PGlite converts Buffer parameters and bytea results element by
 * element: measured on this machine, inserting 900 KB took 166 ms and reading it back 60 ms, against 17 ms and
 * 3.5 ms as text through `decode(…, 'hex')` / `encode(…, 'base64')`. `pg` sends Buffers as hex text anyway, so
 * PostgreSQL does the same work either way. Use `byteaParam` with `decode($n, 'hex')` in SQL, and
 * `sealedColumn('x')` in a SELECT list with `fromSealedColumn(row.x)`.
 */
export function byteaParam(value: Buffer): string {
  return value.toString('hex');
}

export function sealedColumn(column: string): string {
  return `encode(${column}, 'base64') AS ${column}`;
}

export function fromSealedColumn(value: string): Buffer {
  return Buffer.from(value, 'base64');
}
