import zlib from 'node:zlib';

/** CRC-32 as PNG uses it (ISO/IEC 15948 Annex D; same polynomial as zlib). */
let table: Uint32Array | null = null;

function portableCrc32(data: Uint8Array): number {
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Native `zlib.crc32` where the runtime has it (Node ≥ 20.15, fast enough to check every chunk of a 5 MB file),
 * a table-driven fallback for older Node 20 releases.
 */
export function crc32(data: Uint8Array): number {
  return typeof zlib.crc32 === 'function' ? zlib.crc32(data) >>> 0 : portableCrc32(data);
}
