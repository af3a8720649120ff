import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { WARN_CODES } from '../verification/types.js';

/**
 * The verdict policy (decisions.md D14): every threshold that turns a measurement into pass/warn/fail, and the
 * rules that turn checks into a verdict, in one versioned file. Defaults are documented in docs/policy.md (kept
 * equal to this schema and to policy/verdict-policy.json by test/pipeline/load-policy.test.ts).
 */
export const policySchema = z
  .object({
    /** Recorded in every outcome, so a stored verdict names the rules that decided it. */
    version: z.string().min(1),
    image: z
      .object({
        /** Shorter side below this many pixels (after EXIF rotation) raises `PoorImageQuality`. */
        minShortSidePx: z.number().int().positive().default(300),
        /** Mean luma (BT.601, 0–255) below this is too dark: `PoorImageQuality`. */
        minMeanLuma: z.number().min(0).max(255).default(40),
        /** Mean luma above this is washed out: `PoorImageQuality`. */
        maxMeanLuma: z.number().min(0).max(255).default(235),
      })
      .strict()
      .default({})
      .refine((image) => image.minMeanLuma < image.maxMeanLuma, 'image.minMeanLuma must be below image.maxMeanLuma'),
    verdict: z
      .object({
        /** A check that does not pass with one of these codes rejects even when its status is only `warn`. */
        rejectWarnCodes: z.array(z.enum(WARN_CODES)).default(['DocumentNotFound', 'UnsupportedDocument']),
      })
      .strict()
      .default({}),
  })
  .strict();

export type VerdictPolicy = z.infer<typeof policySchema>;

/**
 * The shipped policy file, resolved from the package root: `src/pipeline/` under tsx and `dist/pipeline/` after
 * `tsc` both sit two levels below it.
 */
export const DEFAULT_POLICY_URL = new URL('../../policy/verdict-policy.json', import.meta.url);

/** Reads and validates a policy file once (at start-up); an invalid file stops the start with a clear message. */
export function loadPolicy(location: string | URL = DEFAULT_POLICY_URL): VerdictPolicy {
  const text = readFileSync(location, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`verdict policy ${String(location)} is not JSON: ${(error as Error).message}`);
  }
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`verdict policy ${String(location)} is invalid: ${problems.join('; ')}`);
  }
  const policy = parsed.data;
  Object.freeze(policy.image);
  Object.freeze(policy.verdict.rejectWarnCodes);
  Object.freeze(policy.verdict);
  return Object.freeze(policy);
}
