import { ImageInputError } from '../images/image-input-error.js';
import { ApiError } from '../protocol/errors.js';
import type { Side } from '../verification/types.js';
import { VerificationError } from '../verification/verification-error.js';

/** The wire parameter a side's image came in, for messages (URL wins over Base64, decisions.md D8). */
function imageParam(side: Side | undefined, viaUrl: boolean): string {
  const s = side === 'back' ? 'Back' : 'Front';
  return viaUrl ? `ImageUrl${s}` : `ImageBase64${s}`;
}

/**
 * The one mapping from domain error kinds to Tencent wire codes (architecture.md "Errors"; the trigger rules are
 * documented per code in docs/errors.md). Anything else is a fault and travels on unchanged, to become
 * `InternalError` at the gateway.
 */
export function toApiError(err: unknown, opts: { urlSides?: ReadonlySet<Side>; urlTimeoutMs?: number } = {}): unknown {
  if (err instanceof ApiError) return err;
  if (err instanceof VerificationError) {
    switch (err.kind) {
      case 'not-found':
        // D15: unknown, expired, purged and other tenants' tokens are one error with one message.
        return new ApiError('InvalidParameterValue.InvalidParameterValueLimit', { variant: 'token' });
      case 'back-side-required':
        return new ApiError('InvalidParameterValue.InvalidParameterValueLimit', { variant: 'backSide' });
    }
  }
  if (err instanceof ImageInputError) {
    const side = err.detail.side;
    const name = imageParam(side, opts.urlSides?.has(side ?? 'front') ?? false);
    switch (err.kind) {
      case 'too-many-bytes':
        return new ApiError('FailedOperation.ImageSizeTooLarge', { name, limit: err.detail.limit ?? 0 });
      case 'too-large-dimensions':
        return new ApiError('FailedOperation.ImageSizeTooLarge', {
          variant: 'dimensions',
          name,
          width: err.detail.width ?? 0,
          height: err.detail.height ?? 0,
        });
      case 'empty':
        return new ApiError('InvalidParameterValue.InvalidFileContentSize', { name });
      case 'bad-base64':
        return new ApiError('InvalidParameter.EngineImageDecodeFailed', { variant: 'base64', name });
      case 'not-an-image':
        return new ApiError('InvalidParameter.EngineImageDecodeFailed', { variant: 'format', name });
      case 'truncated':
      case 'malformed':
        return new ApiError('InvalidParameter.EngineImageDecodeFailed', { name });
      case 'url-invalid':
        return new ApiError('InvalidParameterValue.InvalidParameterValueLimit', { variant: 'url', name });
      case 'url-refused':
        return new ApiError('ResourceUnavailable.ImageDownloadError', { variant: 'refused', name });
      case 'download-timeout':
        return new ApiError('ResourceUnavailable.ImageDownloadError', {
          variant: 'timeout',
          name,
          seconds: Math.round((opts.urlTimeoutMs ?? 3000) / 1000),
        });
      case 'download-failed':
        return new ApiError('ResourceUnavailable.ImageDownloadError', { name });
    }
  }
  return err;
}
