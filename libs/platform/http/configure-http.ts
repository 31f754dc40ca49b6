import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { requestLoggingMiddleware, CORRELATION_HEADER } from '../logging/request-logging.middleware';
import { APP_CONFIG, LOGGER } from '../tokens';
import { ProblemDetailsFilter } from './problem-details.filter';
import { MalformedRequestBody } from './request-errors';
import { createValidationPipe } from './validation.pipe';

export interface HttpOptions {
  /** Largest JSON body accepted (body-parser syntax). */
  readonly jsonLimit?: string;
}

/**
 * Call before `app.init()`/`listen()`: order matters, the request middleware must come before the body
 * parser so a malformed body still gets a correlation id. Needs APP_CONFIG and LOGGER in the container.
 */
export function configureHttp(app: NestExpressApplication, options: HttpOptions = {}): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = app.get<Logger>(LOGGER);
  app.disable('x-powered-by');
  app.use(requestLoggingMiddleware(logger));
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : [...config.corsOrigins],
      exposedHeaders: [CORRELATION_HEADER, 'Location', 'ETag', 'Retry-After'],
      maxAge: 600,
    });
  }
  app.useBodyParser('json', { limit: options.jsonLimit ?? '1mb', type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.use(translateBodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(logger));
}

function translateBodyParserErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  const parseFailed = (error as { type?: unknown } | null)?.type === 'entity.parse.failed';
  next(parseFailed ? new MalformedRequestBody((error as Error).message) : error);
}
