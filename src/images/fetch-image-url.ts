import { promises as dns } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { compileAllowList, refusedRange, type AllowList } from './address-policy.js';
import { ImageInputError } from './image-input-error.js';
import { formatIp, parseIp } from './ip-address.js';
import { downloadBody, type DownloadOutcome } from './download-body.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves every address of a hostname; injectable so tests need no DNS. */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchImageOptions {
  /** Budget for the whole download: DNS, every redirect hop and the body (decisions.md D6: 3 s). */
  timeoutMs: number;
  /** Redirects followed before giving up (D6: 3). */
  maxRedirects: number;
  /** Bytes downloaded before the body is cut off (D6: 5 MB). */
  maxBytes: number;
  /** Hostnames, IP addresses and CIDR ranges that may be reached although not public (D6). */
  allowList: readonly string[];
  lookup?: HostLookup;
}

const systemLookup: HostLookup = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

function parseTarget(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    const what = base ? 'redirect target' : 'image URL';
    throw new ImageInputError('url-invalid', `${what} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImageInputError('url-invalid', `image URL scheme ${url.protocol} is not allowed; use http or https`);
  }
  return url;
}

/** Rejects with a timeout once the deadline fires, so a hung DNS resolver cannot outlast the budget. */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(timeoutError());
    if (deadline.aborted) return onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

function timeoutError(): ImageInputError {
  return new ImageInputError('download-timeout', 'image URL download did not finish in time');
}

function refuse(address: string, range: string): ImageInputError {
  return new ImageInputError('url-refused', `image URL points to a ${range} address`, { address, range });
}

/**
 * Checks where a URL leads before connecting (D6). Returns the vetted addresses to connect to, or null for a
 * literal IP host (checked here, connected to directly). Every resolved address must pass: one private answer
 * among public ones refuses the URL, so the choice of address cannot be steered.
 */
async function vetHost(
  url: URL,
  allow: AllowList,
  lookup: HostLookup,
  deadline: AbortSignal,
): Promise<readonly ResolvedAddress[] | null> {
  const literal = parseIp(url.hostname);
  if (literal) {
    const range = refusedRange(literal);
    if (range && !allow.allowsAddress(literal)) throw refuse(formatIp(literal), range);
    return null;
  }
  let resolved: readonly ResolvedAddress[];
  try {
    resolved = await beforeDeadline(lookup(url.hostname), deadline);
  } catch (error) {
    if (error instanceof ImageInputError) throw error;
    throw new ImageInputError('download-failed', 'image URL host could not be resolved', {}, { cause: error });
  }
  if (resolved.length === 0) throw new ImageInputError('download-failed', 'image URL host has no address');
  if (allow.allowsHost(url.hostname)) return resolved;
  for (const { address } of resolved) {
    const ip = parseIp(address);
    if (!ip) throw new ImageInputError('download-failed', 'image URL host resolved to an unusable address');
    const range = refusedRange(ip);
    if (range && !allow.allowsAddress(ip)) throw refuse(formatIp(ip), range);
  }
  return resolved;
}

/**
 * A `lookup` for http.request that answers with the addresses already vetted, so the connection goes exactly
 * where the check looked: no second DNS query that could be rebound to an internal address.
 */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    const first = usable[0];
    if (!first) {
      callback(Object.assign(new Error('no vetted address of the requested family'), { code: 'ENOTFOUND' }), '');
    } else if (options.all) {
      callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
    } else {
      callback(null, first.address, first.family);
    }
  };
}

function request(
  url: URL,
  addresses: readonly ResolvedAddress[] | null,
  maxBytes: number,
  deadline: AbortSignal,
): Promise<DownloadOutcome> {
  const named = (error: unknown): ImageInputError => {
    if (error instanceof ImageInputError) return error;
    if (deadline.aborted) return timeoutError();
    return new ImageInputError('download-failed', 'image URL could not be downloaded', {}, { cause: error });
  };
  return new Promise<DownloadOutcome>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      agent: false,
      signal: deadline,
      // Identity encoding: the byte limit then applies to the image itself, and nothing is inflated here.
      headers: { accept: 'image/jpeg, image/png', 'accept-encoding': 'identity', 'user-agent': 'cardverify' },
      ...(addresses ? { lookup: pinnedLookup(addresses) } : {}),
    });
    req.on('error', (error) => reject(named(error)));
    req.on('response', (res) => {
      downloadBody(res, maxBytes).then(resolve, (error: unknown) => {
        req.destroy();
        reject(named(error));
      });
    });
    req.end();
  });
}

/**
 * Downloads an image for URL input (decisions.md D6): http/https only; every hop's host vetted against the
 * non-public ranges unless allow-listed, and connected to at the vetted address; at most `maxRedirects`
 * redirects, each re-checked; one `timeoutMs` budget for everything; the body cut off past `maxBytes`.
 */
export async function fetchImageUrl(url: string, options: FetchImageOptions): Promise<Buffer> {
  const allow = compileAllowList(options.allowList);
  const lookup = options.lookup ?? systemLookup;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let target = parseTarget(url);
    for (let redirects = 0; ; redirects++) {
      const addresses = await vetHost(target, allow, lookup, controller.signal);
      const outcome = await request(target, addresses, options.maxBytes, controller.signal);
      if (outcome.kind === 'body') {
        if (outcome.bytes.length === 0) throw new ImageInputError('empty', 'image URL returned an empty body');
        return outcome.bytes;
      }
      if (redirects >= options.maxRedirects) {
        throw new ImageInputError('download-failed', `image URL redirected more than ${options.maxRedirects} times`, {
          limit: options.maxRedirects,
        });
      }
      target = parseTarget(outcome.location, target);
    }
  } finally {
    clearTimeout(timer);
  }
}
