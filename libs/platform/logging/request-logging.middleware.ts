import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { requestContext, type RequestContext } from './request-context';

export const CORRELATION_HEADER = 'X-Correlation-Id';

/** A caller's id is reused only if it cannot smuggle anything into a header or a log line. */
const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const QUIET_PATHS = new Set(['/health', '/metrics']);

/** Mounted first: sets the correlation id, echoes it, and writes one line when the response is done. */
export function requestLoggingMiddleware(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const incoming = request.header(CORRELATION_HEADER);
    const context: RequestContext = {
      correlationId: incoming && SAFE_CORRELATION_ID.test(incoming) ? incoming : uuidv7(),
    };
    requestContext.attach(request, context);
    response.setHeader(CORRELATION_HEADER, context.correlationId);
    const started = process.hrtime.bigint();
    response.once('close', () => {
      const path = request.originalUrl.split('?')[0];
      const status = response.writableFinished ? response.statusCode : 499;
      const level = status >= 500 ? 'warn' : QUIET_PATHS.has(path) ? 'debug' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        method: request.method,
        path,
        status,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        correlationId: context.correlationId,
        userId: context.userId,
      };
      logger[level](line, 'request completed');
    });
    requestContext.run(context, next);
  };
}
