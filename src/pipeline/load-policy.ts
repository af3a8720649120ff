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
        maxMeanLuma: z.number().min(0).max(255).default(250),
      })
      .strict()
      .default({})
      .refine((image) => image.minMeanLuma < image.maxMeanLuma, 'image.minMeanLuma must be below image.maxMeanLuma'),
    locate: z
      .object({
        /**
         * A second document counts (`TooManyCards`) only when it scores at least this share of the best one: the
         * finder reports occasional weak second candidates on busy backgrounds.
         */
        secondDocumentMinScoreRatio: z.number().min(0).max(1).default(0.8),
        /** ...and its area is at least this share of the best one's (an ID-1 card beside a TD3 page is 0.42). */
        secondDocumentMinAreaRatio: z.number().min(0).max(1).default(0.3),
      })
      .strict()
      .default({}),
    quality: z
      .object({
        /** Edge blur σ (px at a 1000 px long side, `measureBlur`) of the document above which it is too blurred. */
        maxBlurSigma: z.number().positive().default(2.5),
        /** Share of the document covered by specular highlights (`measureGlare`) above which glare hides print. */
        maxGlareShare: z.number().min(0).max(1).default(0.01),
        /** Mean luma of the document (`measureExposure`) below which it is too dark. */
        minDocumentLuma: z.number().min(0).max(255).default(50),
        /** Mean luma of the document above which it is washed out. */
        maxDocumentLuma: z.number().min(0).max(255).default(240),
        /** MRZ glyph height in source-image pixels below which the MRZ is too small to read reliably. */
        minMrzCharHeightPx: z.number().positive().default(12),
        /**
         * Height in source-image pixels of a national card's number line (its detected box, issue 5) below which
         * the card is too small to read reliably.
         */
        minCardTextHeightPx: z.number().positive().default(14),
      })
      .strict()
      .default({})
      .refine((q) => q.minDocumentLuma < q.maxDocumentLuma, 'quality.minDocumentLuma must be below quality.maxDocumentLuma'),
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
  Object.freeze(policy.locate);
  Object.freeze(policy.quality);
  Object.freeze(policy.verdict.rejectWarnCodes);
  Object.freeze(policy.verdict);
  return Object.freeze(policy);
}
