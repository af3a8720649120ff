import type { IncomingMessage } from 'node:http';
import { ImageInputError } from './image-input-error.js';

export type DownloadOutcome = { kind: 'body'; bytes: Buffer } | { kind: 'redirect'; location: string };

/** Statuses whose Location is followed (RFC 9110 §15.4); 300 and 304 are not redirects to an image. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function tooManyBytes(limit: number, actual?: number): ImageInputError {
  return new ImageInputError('too-many-bytes', `downloaded image exceeds ${limit} bytes`, {
    limit,
    ...(actual === undefined ? {} : { actual }),
  });
}

/**
 * Reads one response of an image download: a redirect to follow, or a 2xx body of at most `maxBytes` (decisions.md
 * D6), refused from Content-Length when that already says too much and otherwise cut off the moment the bytes
 * received pass the limit. Stream faults reject with the raw error; the caller names them.
 */
export function downloadBody(res: IncomingMessage, maxBytes: number): Promise<DownloadOutcome> {
  return new Promise<DownloadOutcome>((resolve, reject) => {
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      res.destroy();
      return resolve({ kind: 'redirect', location });
    }
    if (status < 200 || status > 299) {
      res.destroy();
      return reject(new ImageInputError('download-failed', `image URL answered HTTP ${status}`, { status }));
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.destroy();
      return reject(tooManyBytes(maxBytes, declared));
    }

    const chunks: Buffer[] = [];
    let received = 0;
    res.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        res.destroy();
        reject(tooManyBytes(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve({ kind: 'body', bytes: Buffer.concat(chunks, received) }));
    res.on('error', reject);
    res.on('close', () => {
      if (!res.complete) reject(new Error('connection closed before the image body ended'));
    });
  });
}
