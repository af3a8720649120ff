import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body under the size limit of decisions.md D6, refusing as soon as the size is known: from
 * Content-Length before reading a byte, or from the bytes read so far. A refused body is never buffered.
 *
 * Why the rest is drained: if the server answered and closed the connection while the client was still sending,
 * the client's TCP stack would receive a reset and may discard our answer before the client reads it. So after a
 * refusal the remaining bytes are read and thrown away (up to `drainBytes` beyond the limit, for at most
 * `drainMs`), and only then does the result resolve. The caller answers with `InvalidParameter` and
 * `Connection: close`. A client sending more than that allowance gets its answer without the guarantee.
 */

export type ReadBodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'too-large'; limit: number }
  /** The client went away before the body was complete; there is nobody to answer. */
  | { ok: false; reason: 'aborted' };

export interface ReadBodyOptions {
  /** Bytes accepted and discarded beyond the limit before giving up on a clean answer. Default 32 MiB. */
  drainBytes?: number;
  /** Longest time spent draining a refused body. Default 10 s. */
  drainMs?: number;
}

export interface BodyLimits {
  maxPostBytes: number;
  maxGetBytes: number;
}

/**
 * The body limit for one request: POST `maxPostBytes`; GET `maxGetBytes` for query and body together, so the
 * query's length is deducted (a negative result refuses any body); other methods carry nothing we read (0).
 */
export function bodyLimitFor(method: string | undefined, rawUrl: string, limits: BodyLimits): number {
  if (method === 'POST') return limits.maxPostBytes;
  if (method === 'GET') return limits.maxGetBytes - Buffer.byteLength(rawUrl, 'utf8');
  return 0;
}

export function readBody(req: IncomingMessage, limit: number, options: ReadBodyOptions = {}): Promise<ReadBodyResult> {
  const drainCap = Math.max(0, limit) + (options.drainBytes ?? 32 * 1024 * 1024);
  const drainMs = options.drainMs ?? 10_000;
  const declared = declaredLength(req);
  const refused: ReadBodyResult = { ok: false, reason: 'too-large', limit };

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (result: ReadBodyResult): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      if (timer) clearTimeout(timer);
      // Whatever still arrives is discarded, never buffered.
      req.resume();
      resolve(result);
    };
    const refuse = (): void => {
      tooLarge = true;
      chunks.length = 0;
      if (received > drainCap || (declared !== null && declared > drainCap)) {
        finish(refused);
        return;
      }
      timer = setTimeout(() => finish(refused), drainMs);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (tooLarge) {
        if (received > drainCap) finish(refused);
        return;
      }
      if (received > limit) {
        refuse();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(tooLarge ? refused : { ok: true, body: Buffer.concat(chunks, received) });
    const onAbort = (): void => finish(tooLarge ? refused : { ok: false, reason: 'aborted' });
    const onClose = (): void => {
      if (!req.complete) onAbort();
    };

    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
    if (declared !== null && declared > limit) refuse();
    else if (limit < 0) refuse();
  });
}

function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined || !/^\d+$/.test(header)) return null;
  return Number(header);
}
