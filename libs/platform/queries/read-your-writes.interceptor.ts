import {
  Inject,
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, switchMap, type Observable } from 'rxjs';
import type { AppConfig } from '../config/app-config';
import { RequestValidationFailed } from '../http/request-errors';
import { APP_CONFIG, POSITION_WAITER } from '../tokens';

export interface PositionWaiterPort {
  waitForPosition(projections: readonly string[], position: number, timeoutMs: number): Promise<void>;
}

const READS_PROJECTIONS = 'repaero:reads-projections';
export const CONSISTENCY_HEADER = 'x-consistency-position';

/** Declares which projections a query reads, so `X-Consistency-Position` can wait for them. */
export const ReadsProjections = (...projections: string[]) => SetMetadata(READS_PROJECTIONS, projections);

/**
 * Read your writes (ARCHITECTURE rule 8): a query carrying the position a command answered waits,
 * bounded by REPAERO_CONSISTENCY_WAIT_MS, until its projections have passed it; then 503 + Retry-After.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(POSITION_WAITER) private readonly waiter: PositionWaiterPort,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'consistencyWaitMs'>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const projections = this.reflector.getAllAndOverride<string[] | undefined>(READS_PROJECTIONS, [context.getHandler(), context.getClass()]);
    const raw = context.switchToHttp().getRequest().headers[CONSISTENCY_HEADER];
    if (!projections || raw === undefined) return next.handle();
    const position = Number(Array.isArray(raw) ? raw[0] : raw);
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RequestValidationFailed([{ field: 'X-Consistency-Position', message: 'must be a non-negative integer position' }]);
    }
    return from(this.waiter.waitForPosition(projections, position, this.config.consistencyWaitMs)).pipe(switchMap(() => next.handle()));
  }
}
