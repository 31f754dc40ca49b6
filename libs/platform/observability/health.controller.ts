import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { Public } from '../auth/guard/auth.decorators';
import { HEALTH_CHECKS, LOGGER } from '../tokens';
import type { HealthIndicatorFn, HealthStatus } from './health-indicator';

export interface HealthReport {
  readonly status: HealthStatus;
  readonly checks: Record<string, { readonly status: HealthStatus }>;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(HEALTH_CHECKS) private readonly checks: readonly HealthIndicatorFn[] = [],
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Every dependency is up.' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down.' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const results = await Promise.all(
      this.checks.map((check, index) =>
        check().catch((error: unknown) => ({ name: `check${index}`, status: 'down' as const, error: String(error) })),
      ),
    );
    const checks: Record<string, { status: HealthStatus }> = {};
    for (const result of results) {
      checks[result.name] = { status: result.status };
      if (result.status === 'down') this.logger.warn({ check: result.name, error: result.error }, 'health check down');
    }
    const status = results.every((result) => result.status === 'up') ? 'up' : 'down';
    response.status(status === 'up' ? 200 : 503);
    return { status, checks };
  }
}
