import { parseIpRange, rangeContains, type IpAddress, type IpRange } from './ip-address.js';

function builtIn(cidr: string): IpRange {
  const range = parseIpRange(cidr);
  if (!range) throw new Error(`bad built-in range ${cidr}`);
  return range;
}

/**
 * Address ranges URL input may not reach unless allow-listed (decisions.md D6: private, loopback and link-local
 * refused), plus the other special-purpose ranges of the IANA registries (RFC 6890) that never hold a public
 * image server. The name is what a refusal reports.
 */
const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ['0.0.0.0/8', 'unspecified'], // RFC 1122 §3.2.1.3 "this network"
  ['10.0.0.0/8', 'private'], // RFC 1918
  ['100.64.0.0/10', 'shared (CGNAT)'], // RFC 6598
  ['127.0.0.0/8', 'loopback'], // RFC 1122
  ['169.254.0.0/16', 'link-local'], // RFC 3927 (cloud metadata services live here)
  ['172.16.0.0/12', 'private'], // RFC 1918
  ['192.0.0.0/24', 'IETF protocol assignments'], // RFC 6890
  ['192.0.2.0/24', 'documentation'], // RFC 5737
  ['192.168.0.0/16', 'private'], // RFC 1918
  ['198.18.0.0/15', 'benchmarking'], // RFC 2544
  ['198.51.100.0/24', 'documentation'], // RFC 5737
  ['203.0.113.0/24', 'documentation'], // RFC 5737
  ['224.0.0.0/4', 'multicast'], // RFC 5771
  ['240.0.0.0/4', 'reserved or broadcast'], // RFC 1112; includes 255.255.255.255 (RFC 919)
  ['::/128', 'unspecified'], // RFC 4291
  ['::1/128', 'loopback'], // RFC 4291
  ['::/96', 'IPv4-compatible (deprecated)'], // RFC 4291 §2.5.5.1
  ['64:ff9b:1::/48', 'local-use NAT64'], // RFC 8215
  ['100::/64', 'discard-only'], // RFC 6666
  ['2001:db8::/32', 'documentation'], // RFC 3849
  ['fc00::/7', 'unique local (ULA)'], // RFC 4193
  ['fe80::/10', 'link-local'], // RFC 4291
  ['fec0::/10', 'site-local (deprecated)'], // RFC 3879
  ['ff00::/8', 'multicast'], // RFC 4291
];

const REFUSED_RANGES = REFUSED.map(([cidr, name]) => ({ range: builtIn(cidr), name }));

/** Prefixes of IPv6 forms that carry an IPv4 address reachable through them; `offset` is where it sits. */
const EMBEDDING = [
  { cidr: '::ffff:0:0/96', offset: 12 }, // IPv4-mapped, RFC 4291 §2.5.5.2
  { cidr: '64:ff9b::/96', offset: 12 }, // NAT64 well-known prefix, RFC 6052
  { cidr: '2002::/16', offset: 2 }, // 6to4, RFC 3056
].map(({ cidr, offset }) => ({ range: builtIn(cidr), offset }));

/** The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4), else the address itself. */
export function unwrapIpv4(ip: IpAddress): IpAddress {
  if (ip.family === 6) {
    for (const { range, offset } of EMBEDDING) {
      if (rangeContains(range, ip)) return { family: 4, bytes: ip.bytes.slice(offset, offset + 4) };
    }
  }
  return ip;
}

/** Name of the non-public range holding `ip` (judged by the IPv4 address it embeds, if any); null when public. */
export function refusedRange(ip: IpAddress): string | null {
  const effective = unwrapIpv4(ip);
  return REFUSED_RANGES.find(({ range }) => rangeContains(range, effective))?.name ?? null;
}

/** The operator's allow-list (`images.urlAllowList`): hostnames, IP addresses and CIDR ranges. */
export interface AllowList {
  allowsHost(hostname: string): boolean;
  allowsAddress(ip: IpAddress): boolean;
}

function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}

/**
 * Hostnames match exactly (case-insensitive, trailing dot ignored) and then trust every address they resolve to;
 * addresses and ranges match the resolved address, IPv4 entries also covering IPv6 forms that embed it.
 */
export function compileAllowList(entries: readonly string[]): AllowList {
  const ranges: IpRange[] = [];
  const hosts = new Set<string>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '') continue;
    const range = parseIpRange(entry.startsWith('[') ? entry.replace(/^\[([^\]]*)\]/, '$1') : entry);
    if (range) ranges.push(range);
    else hosts.add(normaliseHost(entry));
  }
  return {
    allowsHost: (hostname) => hosts.has(normaliseHost(hostname)),
    allowsAddress: (ip) => {
      const effective = unwrapIpv4(ip);
      return ranges.some((range) => rangeContains(range, ip) || rangeContains(range, effective));
    },
  };
}
