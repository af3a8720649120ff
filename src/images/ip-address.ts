import net from 'node:net';

/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  family: 4 | 6;
  bytes: Uint8Array;
}

/** A CIDR range (`10.0.0.0/8`, `fc00::/7`); a bare address is a range of one. */
export interface IpRange {
  base: IpAddress;
  prefix: number;
}

function parseIpv4(text: string): Uint8Array {
  return Uint8Array.from(text.split('.').map(Number));
}

/** RFC 4291 §2.2 text forms: `::` compression and a trailing dotted quad; a zone id (`%eth0`) is dropped. */
function parseIpv6(text: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const [head = '', tail] = text.replace(/%.*$/, '').split('::');
  const toWords = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = parseIpv4(group);
          return [(a << 8) | b, (c << 8) | d];
        });
  const headWords = toWords(head);
  const tailWords = tail === undefined ? [] : toWords(tail);
  const words = [...headWords, ...new Array<number>(8 - headWords.length - tailWords.length).fill(0), ...tailWords];
  words.forEach((word, i) => {
    bytes[2 * i] = word >> 8;
    bytes[2 * i + 1] = word & 0xff;
  });
  return bytes;
}

/** Parses a literal address, with or without URL brackets (`[::1]`); null when it is not one (e.g. a hostname). */
export function parseIp(text: string): IpAddress | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (net.isIPv4(bare)) return { family: 4, bytes: parseIpv4(bare) };
  if (net.isIPv6(bare)) return { family: 6, bytes: parseIpv6(bare) };
  return null;
}

/** Parses `address/prefix` or a bare address; null when the text is neither. */
export function parseIpRange(text: string): IpRange | null {
  const slash = text.indexOf('/');
  const base = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!base) return null;
  const max = base.family === 4 ? 32 : 128;
  if (slash < 0) return { base, prefix: max };
  const digits = text.slice(slash + 1);
  const prefix = Number(digits);
  if (!/^\d{1,3}$/.test(digits) || prefix > max) return null;
  return { base, prefix };
}

export function rangeContains(range: IpRange, ip: IpAddress): boolean {
  if (range.base.family !== ip.family) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((range.base.bytes[i] ?? 0) & mask) !== ((ip.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Dotted or RFC 5952-ish text of an address, for messages. */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) return Array.from(ip.bytes).join('.');
  const words: string[] = [];
  for (let i = 0; i < 16; i += 2) words.push((((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0)).toString(16));
  return words.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}
