import { z } from 'zod';

/**
 * The one configuration schema. Every setting has a documented default: docs/configuration.md is rendered from
 * this schema (src/config/render-config-doc.ts) and test/config/config-doc.test.ts keeps the two equal.
 * Parsed once at start by `loadConfig`, frozen, passed down.
 */
export const configSchema = z
  .object({
    dataDir: z.string().min(1).default('./.cardverify').describe('Embedded storage directory (PGlite data, generated encryption key, admin socket).'),
    databaseUrl: z.string().min(1).optional().describe('PostgreSQL connection string; when set, storage is PostgreSQL instead of embedded PGlite (D19).'),
    encryptionKey: z.string().optional().describe('Base64 of a 32-byte AES-256-GCM key for personal data at rest. Required with databaseUrl; embedded mode generates one in the data directory.'),
    http: z
      .object({
        host: z.string().default('127.0.0.1').describe('Address the API listens on.'),
        port: z.number().int().min(0).max(65535).default(8080).describe('Port the API listens on (0: any free port).'),
      })
      .default({}),
    protocol: z
      .object({
        regions: z.array(z.string().min(1)).min(1).default(['ap-hongkong', 'ap-jakarta', 'ap-singapore']).describe('Accepted regions (D4).'),
        maxClockSkewSeconds: z.number().int().positive().default(300).describe('Allowed distance between a request timestamp and server time (D3).'),
        maxPostBytes: z.number().int().positive().default(10 * 1024 * 1024).describe('Largest POST body, TC3 and v1 (D6).'),
        maxGetBytes: z.number().int().positive().default(32 * 1024).describe('Largest GET request (D6).'),
        keyCacheSeconds: z.number().min(0).default(10).describe('How long a server remembers an active key; a key revoked by another process stops working within this time (one revoked through this server stops at once).'),
      })
      .default({}),
    rateLimits: z
      .object({
        applyPerSecond: z.number().positive().default(20).describe('ApplyCardVerification requests per second per SecretId (D7).'),
        getPerSecond: z.number().positive().default(100).describe('GetCardVerificationResult requests per second per SecretId (D7).'),
      })
      .default({}),
    images: z
      .object({
        maxBytes: z.number().int().positive().default(5 * 1024 * 1024).describe('Per image: bytes after Base64 (Base64 input) or downloaded (URL input) (D6).'),
        maxSide: z.number().int().positive().default(8000).describe('Longest side in pixels (D6).'),
        maxPixels: z.number().int().positive().default(8000 * 8000).describe('Total pixels, checked from the header before decoding (D6).'),
        urlTimeoutMs: z.number().int().positive().default(3000).describe('Total time for a URL download, redirects included (D6).'),
        urlMaxRedirects: z.number().int().min(0).default(3).describe('Redirects followed for URL input (D6).'),
        urlAllowList: z.array(z.string()).default([]).describe('Hosts, addresses or CIDR ranges URL input may reach although private, loopback or link-local.'),
      })
      .default({}),
    retention: z
      .object({
        seconds: z.number().int().min(0).default(72 * 3600).describe('Lifetime of a verification and its images (D15); 0 deletes a verification once its final result has been read.'),
        purgeIntervalSeconds: z.number().int().positive().default(600).describe('How often the server purges expired verifications.'),
        finalResultCacheEntries: z.number().int().min(0).default(1000).describe('Final results a server keeps in memory for repeated polls (0: none). Checked against owner and expiry on every read; off in read-once mode.'),
      })
      .default({}),
    polling: z
      .object({
        maxTimes: z.number().int().positive().default(60).describe('AsyncCardVerificationMaxPollingTimes (D8).'),
        waitSeconds: z.number().int().positive().default(1).describe('AsyncCardVerificationPollingWaitTime, seconds (D8).'),
      })
      .default({}),
    compat: z
      .object({
        statusCase: z.enum(['seed', 'upper']).default('seed').describe('`seed`: Passed/Warning/Rejected/Processing; `upper`: PASSED/WARNING/REJECTED/PROCESSING (D9).'),
      })
      .default({}),
    queue: z
      .object({
        concurrency: z.number().int().positive().default(1).describe('Worker threads running the pipeline in one process.'),
        jobTimeoutSeconds: z.number().int().positive().default(300).describe('A job not finished in this time (its worker died) is handed out again (D20).'),
        retryLimit: z.number().int().min(0).default(3).describe('Retries of a job that failed with a fault.'),
        maintenanceIntervalSeconds: z.number().int().positive().default(30).describe('How often timed-out jobs are looked for.'),
        pollingIntervalSeconds: z.number().min(0.5).default(0.5).describe('How often an idle worker looks for a job.'),
      })
      .default({}),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level (logs go to standard error as JSON).'),
      })
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
