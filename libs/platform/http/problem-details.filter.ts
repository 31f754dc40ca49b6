import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { requestContext } from '../logging/request-context';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/** Every error leaves as application/problem+json; unexpected ones are logged, never shown. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = requestContext.of(request)?.correlationId;
    const { problem, headers, unexpected } = toProblem(exception);
    const instance = request.originalUrl.split('?')[0];
    if (unexpected) {
      this.logger.error({ err: exception, correlationId, method: request.method, path: instance }, 'unexpected error');
    } else if (problem.status >= 500) {
      this.logger.warn({ err: exception, correlationId, path: instance }, 'dependency unavailable');
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ ...problem, instance, correlationId }));
  }
}
