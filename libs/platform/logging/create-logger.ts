import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';
import { redactSensitive } from './redact';
import { requestContext } from './request-context';

export { SENSITIVE_KEYS } from './redact';

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Defaults to stdout; tests pass a stream they read. */
  readonly destination?: DestinationStream;
}

/** Structured JSON logs; each line written inside a request carries its correlation id and user. */
export function createLogger(options: LoggerOptions): Logger {
  const logger = pino(
    {
      level: options.level,
      base: { service: 'repaero' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Credentials are censored by one copy-on-write walk (redact.ts) rather than pino's `redact`
      // paths, whose wildcards cost ~100 µs per line: a request line at info would cost more than the command.
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redactSensitive(bindings),
        log: (object) => redactSensitive(object),
      },
      mixin: () => {
        const context = requestContext.current();
        if (!context) return {};
        return context.userId ? { correlationId: context.correlationId, userId: context.userId } : { correlationId: context.correlationId };
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
  // pino applies formatters.bindings to the root's bindings only; children (and theirs, which inherit
  // this method) get their bindings censored here.
  const child = logger.child;
  logger.child = function redactedChild(this: Logger, bindings, childOptions) {
    return child.call(this, redactSensitive(bindings), childOptions);
  } as Logger['child'];
  return logger;
}
