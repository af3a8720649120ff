import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two signatures without leaking, through timing, how many leading bytes match (spec §A.5 step 7).
 * Only the length is allowed to leak; every signature of one algorithm has the same length anyway.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
