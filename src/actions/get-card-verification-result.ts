import type { ActionContext } from '../http/gateway.js';
import type { VerificationService } from '../verification/verification-service.js';
import { toApiError } from './map-domain-error.js';
import { shapeResult } from './shape-result.js';
import { rejectUnknownParameters, requiredString } from './wire-params.js';
import { VerificationError } from '../verification/verification-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GetCardVerificationResult` (spec §E, decisions.md D9–D11, D15, D16). */
export function getCardVerificationResult(service: VerificationService, statusCase: 'seed' | 'upper') {
  return async (ctx: ActionContext, params: Record<string, unknown>): Promise<Record<string, unknown>> => {
    rejectUnknownParameters(params, ['CardVerificationToken']);
    const token = requiredString(params, 'CardVerificationToken');
    try {
      // A token that is not even a UUID is unknown like any other (D15: the message does not say which).
      if (!UUID.test(token)) throw new VerificationError('not-found', 'no such verification for this application');
      const v = await service.result(token.toLowerCase(), ctx.app);
      return shapeResult(v, statusCase);
    } catch (err) {
      throw toApiError(err);
    }
  };
}
