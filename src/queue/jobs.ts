import { z } from 'zod';

/**
 * The typed job catalogue: every job the queue carries, with the schema of its data. Data is checked on send and
 * again on receive (a job written by another version of the code, or by hand, is refused rather than half-run).
 * Job data holds ids only, never personal values: pg-boss keeps it in clear in its own tables.
 */
export const jobCatalogue = {
  /** Run the recognition pipeline on a stored verification (decisions.md D8, D20). */
  verify: z.object({ verificationId: z.string().uuid() }).strict(),
} as const;

export type JobName = keyof typeof jobCatalogue;
export type JobData<N extends JobName> = z.infer<(typeof jobCatalogue)[N]>;

/** pg-boss queue names: letters, digits, `-`, `_`, `.` and `/` (its attorney.js rule). */
const QUEUE_NAME = /^[\w.\-/]+$/;

export function jobNames(): JobName[] {
  return Object.keys(jobCatalogue) as JobName[];
}

/** Start-up check: every catalogue entry is a usable queue name with an object schema. */
export function checkJobCatalogue(): void {
  for (const name of jobNames()) {
    if (!QUEUE_NAME.test(name)) throw new Error(`job name ${name} is not a valid queue name`);
    if (!(jobCatalogue[name] instanceof z.ZodObject)) throw new Error(`job ${name} must have an object schema`);
  }
}

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(jobCatalogue, name);
}

/** Validates job data; throws a ZodError naming the job when it does not fit. */
export function parseJobData<N extends JobName>(name: N, data: unknown): JobData<N> {
  const result = jobCatalogue[name].safeParse(data);
  if (!result.success) {
    throw new Error(`invalid data for job ${name}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return result.data as JobData<N>;
}
