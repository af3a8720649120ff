import { destination as pinoDestination, pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs (pino). Logs say ids, not values (architecture.md); these redaction paths are the second line
 * of defence for anything that slips in: credentials, secrets, personal fields and image data.
 */
export const REDACT_PATHS = [
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  '*.headers.authorization',
  'secretKey',
  'SecretKey',
  '*.secretKey',
  '*.SecretKey',
  'Signature',
  '*.Signature',
  'encryptionKey',
  '*.encryptionKey',
  'ImageBase64Front',
  'ImageBase64Back',
  '*.ImageBase64Front',
  '*.ImageBase64Back',
  'bytes',
  '*.bytes',
  'fields',
  '*.fields',
  'portrait',
  '*.portrait',
  'name',
  '*.name',
  'idNumber',
  '*.idNumber',
  'CardInfo',
  '*.CardInfo',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: stdTimeFunctions.isoTime,
    },
    destination ?? pinoDestination({ fd: 2, sync: false }),
  );
}
