import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema.js';
import { isWellFormedSecretId, requireCommonParams } from '../protocol/common-params.js';
import { errorEnvelope, successEnvelope } from '../protocol/envelope.js';
import { ApiError, errorMessage, type Language } from '../protocol/errors.js';
import { actionParams, parseRequest, requestLanguage, signatureStyle, type RawRequest, type SignatureStyle } from '../protocol/parse-request.js';
import { verifySignature } from '../protocol/verify-signature.js';
import { RateLimiter } from './rate-limiter.js';
import { ReplayGuard } from './replay-guard.js';

/**
 * The one request path of the Tencent API (spec §J, decisions.md D1–D7), in this order:
 * method → signature style → size → common parameters → clock → session token → SecretId syntax → key lookup →
 * signature → replay → version → action → region → rate limit → action parameters → handler → envelope.
 * A request is recorded for the replay check once it passes the rate limit (see below).
 * Every answer is an envelope string; the HTTP layer sends it with status 200 and `Content-Type: application/json`.
 */

export type { RawRequest } from '../protocol/parse-request.js';

/** decisions.md D1. */
export const API_VERSION = '2018-03-01';

export interface ActionContext {
  requestId: string;
  secretId: string;
  /** The application the SecretId belongs to (decisions.md D17). */
  app: string;
  region: string;
  language: Language;
}

export type ActionHandler = (ctx: ActionContext, params: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface GatewayDeps {
  config: Pick<Config, 'protocol' | 'rateLimits'>;
  lookupSecret(secretId: string): Promise<{ secretKey: string; app: string } | null>;
  actions: Readonly<Record<string, ActionHandler>>;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  newRequestId?: () => string;
  /** Called with every unexpected fault before it is answered as InternalError (whose message says nothing). */
  onError?: (err: unknown, requestId: string) => void;
  replayGuard?: ReplayGuard;
  rateLimiter?: RateLimiter;
}

export interface GatewayReply {
  body: string;
  /** The action's name once it is known to be one of `actions`, else '' (safe as a metrics label). */
  action: string;
  errorCode: string | null;
  requestId: string;
}

export interface Gateway {
  handle(raw: RawRequest): Promise<GatewayReply>;
  /**
   * The answer for a request whose body read-body refused (decisions.md D6): the same early steps as `handle`
   * (an unsupported method still gets UnsupportedProtocol), then `InvalidParameter` naming `limit`.
   */
  tooLarge(raw: Omit<RawRequest, 'body'>, limit: number): GatewayReply;
}

interface State {
  requestId: string;
  language: Language;
  action: string;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const { protocol, rateLimits } = deps.config;
  const now = deps.now ?? Date.now;
  const newRequestId = deps.newRequestId ?? randomUUID;
  const replayGuard = deps.replayGuard ?? new ReplayGuard({ windowSeconds: protocol.maxClockSkewSeconds });
  const rateLimiter = deps.rateLimiter ?? new RateLimiter();

  /** decisions.md D7: Apply and Get have their own rates; any other registered action gets the stricter one. */
  const ratePerSecond = (action: string): number =>
    action === 'ApplyCardVerification'
      ? rateLimits.applyPerSecond
      : action === 'GetCardVerificationResult'
        ? rateLimits.getPerSecond
        : Math.min(rateLimits.applyPerSecond, rateLimits.getPerSecond);

  /** Steps 1–2; methods are case-sensitive (RFC 9110 §9.1), so `get` is not GET. */
  function early(raw: Omit<RawRequest, 'body'>): { method: 'GET' | 'POST'; style: SignatureStyle } {
    const { method } = raw;
    if (method !== 'GET' && method !== 'POST') throw new ApiError('UnsupportedProtocol', { method: clip(method) });
    return { method, style: signatureStyle(raw) };
  }

  async function run(raw: RawRequest, state: State): Promise<string> {
    const { method, style } = early(raw);

    // decisions.md D6, before any parsing or hashing; GET counts its query too.
    const limit = method === 'POST' ? protocol.maxPostBytes : protocol.maxGetBytes;
    const size = raw.body.length + (method === 'GET' ? Buffer.byteLength(raw.rawUrl, 'utf8') : 0);
    if (size > limit) throw new ApiError('InvalidParameter', { variant: 'tooLarge', limit, method });

    const request = parseRequest({ ...raw, method }, style);
    state.language = request.language;
    const common = requireCommonParams(request);

    // decisions.md D3, in both directions.
    if (Math.abs(Math.floor(now() / 1000) - common.timestamp) > protocol.maxClockSkewSeconds) {
      throw new ApiError('AuthFailure.SignatureExpire', { seconds: protocol.maxClockSkewSeconds });
    }
    // No temporary credentials are ever issued, so no session token can be valid (docs/errors.md).
    if (common.token !== undefined) throw new ApiError('AuthFailure.TokenFailure');

    const { secretId } = common.credential;
    if (!isWellFormedSecretId(secretId)) throw new ApiError('AuthFailure.InvalidSecretId');
    const key = await deps.lookupSecret(secretId);
    if (key === null) throw new ApiError('AuthFailure.SecretIdNotFound');
    const { replayKey } = verifySignature(common.credential, key.secretKey);
    if (replayGuard.seen(replayKey, now())) throw new ApiError('AuthFailure.SignatureFailure', { variant: 'replay' });

    if (common.version !== API_VERSION) throw new ApiError('NoSuchVersion', { version: clip(common.version) });
    const handler = Object.hasOwn(deps.actions, common.action) ? deps.actions[common.action] : undefined;
    if (handler === undefined) throw new ApiError('InvalidAction', { action: clip(common.action) });
    state.action = common.action;

    // decisions.md D4.
    if (common.region === undefined) throw new ApiError('MissingParameter', { name: 'Region' });
    if (!protocol.regions.includes(common.region)) throw new ApiError('UnsupportedRegion');

    const rate = ratePerSecond(common.action);
    if (!rateLimiter.take(`${secretId}\n${common.action}`, rate, now())) {
      throw new ApiError('RequestLimitExceeded', { action: common.action, rate });
    }
    // Recorded only now, when the request will run: a request refused above had no effect, and the Go SDK
    // re-sends the very same signed request on RequestLimitExceeded (ratelimitretry.go), which must be judged
    // again rather than called a replay. Only authenticated requests are recorded, so none can poison the guard.
    // Nothing between the check above and this line awaits, so two copies cannot both pass.
    replayGuard.claim(replayKey, common.timestamp, now());

    const params = actionParams(request);
    const ctx: ActionContext = { requestId: state.requestId, secretId, app: key.app, region: common.region, language: state.language };
    return successEnvelope(await handler(ctx, params), state.requestId);
  }

  function failure(err: unknown, state: State): GatewayReply {
    const { requestId, action } = state;
    if (err instanceof ApiError) {
      return { body: errorEnvelope(err.code, err.localisedMessage(state.language), requestId), action, errorCode: err.code, requestId };
    }
    try {
      deps.onError?.(err, requestId);
    } catch {
      // A failing error reporter must not cost the client its answer.
    }
    const body = errorEnvelope('InternalError', errorMessage('InternalError', state.language), requestId);
    return { body, action, errorCode: 'InternalError', requestId };
  }

  const initialState = (raw: Omit<RawRequest, 'body'>): State => ({
    requestId: newRequestId(),
    language: requestLanguage(raw.headers),
    action: '',
  });

  return {
    async handle(raw) {
      const state = initialState(raw);
      try {
        const body = await run(raw, state);
        return { body, action: state.action, errorCode: null, requestId: state.requestId };
      } catch (err) {
        return failure(err, state);
      }
    },
    tooLarge(raw, limit) {
      const state = initialState(raw);
      try {
        const { method } = early(raw);
        throw new ApiError('InvalidParameter', { variant: 'tooLarge', limit, method });
      } catch (err) {
        return failure(err, state);
      }
    },
  };
}

/** Echoed client values are cut short: an error message is no place to reflect kilobytes back. */
function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}
