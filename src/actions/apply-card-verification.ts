import { ApiError } from '../protocol/errors.js';
import type { ActionContext } from '../http/gateway.js';
import { ACCEPTED_CARD_TYPES, ACCEPTED_NATIONALITIES } from '../verification/back-side-rules.js';
import type { CardType, Side } from '../verification/types.js';
import type { VerificationService } from '../verification/verification-service.js';
import { toApiError } from './map-domain-error.js';
import { optionalString, rejectUnknownParameters, requiredEnum } from './wire-params.js';

const PARAMETERS = ['Nationality', 'CardType', 'ImageBase64Front', 'ImageBase64Back', 'ImageUrlFront', 'ImageUrlBack'];

/**
 * `ApplyCardVerification` (spec §D, decisions.md D6, D8): wire names become a domain command; the answer comes
 * at once with the token and the polling hints.
 */
export function applyCardVerification(
  service: VerificationService,
  polling: { maxTimes: number; waitSeconds: number },
  urlTimeoutMs: number,
) {
  return async (ctx: ActionContext, params: Record<string, unknown>): Promise<Record<string, unknown>> => {
    rejectUnknownParameters(params, PARAMETERS);
    const nationality = requiredEnum(params, 'Nationality', ACCEPTED_NATIONALITIES);
    const cardType = requiredEnum(params, 'CardType', ACCEPTED_CARD_TYPES) as CardType;
    const front = { url: optionalString(params, 'ImageUrlFront'), base64: optionalString(params, 'ImageBase64Front') };
    const back = { url: optionalString(params, 'ImageUrlBack'), base64: optionalString(params, 'ImageBase64Back') };
    if (front.url === undefined && front.base64 === undefined) {
      throw new ApiError('MissingParameter', { name: 'ImageBase64Front' });
    }
    try {
      const { token } = await service.apply({ app: ctx.app, nationality, cardType, front, back });
      return {
        CardVerificationToken: token,
        AsyncCardVerificationMaxPollingTimes: polling.maxTimes,
        AsyncCardVerificationPollingWaitTime: polling.waitSeconds,
      };
    } catch (err) {
      const urlSides = new Set<Side>();
      if (front.url !== undefined) urlSides.add('front');
      if (back.url !== undefined) urlSides.add('back');
      throw toApiError(err, { urlSides, urlTimeoutMs });
    }
  };
}
