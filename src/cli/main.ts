#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config/load-config.js';
import type { ConfigInput } from '../config/schema.js';
import { runKeys } from './keys-command.js';
import { runPurge } from './purge-command.js';
import { runSamples } from './samples-command.js';
import { runServe } from './serve-command.js';
import { runVerify } from './verify-command.js';
import { runWorker } from './worker-command.js';
import { UsageError } from './usage-error.js';

const USAGE = `cardverify — self-hosted identity-document verification (Tencent FaceID card-verification API)

Usage:
  cardverify serve [--port N] [--host H] [--no-workers]   HTTP API (and, by default, the workers)
  cardverify worker                                        workers only (needs DATABASE_URL)
  cardverify keys create [--app NAME] [--json]             new API key (SecretId + SecretKey)
  cardverify keys list [--json]                            keys, never their secrets
  cardverify keys revoke SECRET_ID                         disable a key
  cardverify purge                                         delete verifications past retention now
  cardverify verify FRONT [--back BACK] [--card-type T] [--nationality N] [--json]
                                                           run the whole pipeline on local files (no server)
  cardverify samples --type STRUCTURE --count N --seed S [--condition C] [--side front|back|both] [--invalid] --out DIR
  cardverify samples --gallery DIR [--seed S]              test documents with ground truth (docs/studio.md)

Configuration: environment variables and an optional JSON file (CARDVERIFY_CONFIG); see docs/configuration.md.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'no-workers': { type: 'boolean', default: false },
      app: { type: 'string' },
      json: { type: 'boolean', default: false },
      type: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      condition: { type: 'string' },
      side: { type: 'string' },
      out: { type: 'string' },
      gallery: { type: 'string' },
      invalid: { type: 'boolean', default: false },
      back: { type: 'string' },
      'card-type': { type: 'string' },
      nationality: { type: 'string' },
    },
  });
  const overrides: ConfigInput = {};
  if (values.port !== undefined || values.host !== undefined) {
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError(`--port must be a port number, got ${values.port}`);
    overrides.http = { ...(port === undefined ? {} : { port }), ...(values.host === undefined ? {} : { host: values.host }) };
  }
  if (command === 'verify') {
    // The pipeline in this process on local files: no configuration, storage or server.
    if (positionals[0] === undefined) throw new UsageError('usage: cardverify verify FRONT [--back BACK] [--card-type T] [--nationality N] [--json]');
    return runVerify({ front: positionals[0], back: values.back, cardType: values['card-type'], nationality: values.nationality, json: values.json });
  }
  if (command === 'samples') {
    // The studio needs no configuration, storage or server.
    return runSamples({ ...values, invalid: values.invalid });
  }
  const config = loadConfig(process.env, overrides);
  switch (command) {
    case 'serve':
      return runServe(config, { workers: !values['no-workers'] });
    case 'worker':
      return runWorker(config);
    case 'keys':
      return runKeys(config, positionals, { app: values.app, json: values.json });
    case 'purge':
      return runPurge(config);
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof UsageError || err instanceof ConfigError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    process.stderr.write(`cardverify: ${known ? (err as Error).message : (err as Error).stack ?? String(err)}\n`);
    process.exitCode = known ? 2 : 1;
  },
);
