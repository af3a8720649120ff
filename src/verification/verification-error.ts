/**
 * Domain errors of the verification use-cases. They carry a kind, never a wire code (architecture.md "Errors");
 * the action layer maps kinds to Tencent codes in one place.
 */
export type VerificationErrorKind =
  /** The token is unknown, expired, purged or another application's: one kind so none can be told apart (D15). */
  | 'not-found'
  /** The document needs its back side (spec §D.5) and none was given. */
  | 'back-side-required';

export class VerificationError extends Error {
  constructor(
    readonly kind: VerificationErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'VerificationError';
  }
}
