import type { VerificationOutcome } from '../verification/types.js';

/**
 * Serialises a `VerificationOutcome` to bytes for sealing, and back. The portrait is a Buffer, which JSON would
 * turn into `{type, data: [...]}` (four times the size, and not a Buffer when read back), so it travels as base64.
 * Only the portrait is binary in the outcome (src/verification/types.ts).
 */
export const outcomeCodec = {
  encode(outcome: VerificationOutcome): Buffer {
    const stored: StoredOutcome = { ...outcome, portrait: outcome.portrait?.toString('base64') ?? null };
    return Buffer.from(JSON.stringify(stored), 'utf8');
  },

  decode(bytes: Buffer): VerificationOutcome {
    const stored = JSON.parse(bytes.toString('utf8')) as StoredOutcome;
    return { ...stored, portrait: stored.portrait === null ? null : Buffer.from(stored.portrait, 'base64') };
  },
};

type StoredOutcome = Omit<VerificationOutcome, 'portrait'> & { portrait: string | null };
