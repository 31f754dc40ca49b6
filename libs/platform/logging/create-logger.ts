import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';
import { requestContext } from './request-context';

const SENSITIVE_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'passwordHash',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'apiKey',
  'api_key',
  'x-api-key',
  'secret',
  'jwtSecret',
  'clientSecret',
];

/** pino wildcards match one level each, so every key is listed at the first three depths. */
export const REDACTED_PATHS: readonly string[] = SENSITIVE_KEYS.flatMap((key) => {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix: string) => (safe.startsWith('[') ? `${prefix}${safe}` : `${prefix}.${safe}`);
  return [safe, join('*'), join('*.*'), join('*.*.*')];
});

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Defaults to stdout; tests pass a stream they read. */
  readonly destination?: DestinationStream;
}

/** Structured JSON logs; each line written inside a request carries its correlation id and user. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'repaero' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
      mixin: () => {
        const context = requestContext.current();
        if (!context) return {};
        return context.userId ? { correlationId: context.correlationId, userId: context.userId } : { correlationId: context.correlationId };
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
