import { Global, Module } from '@nestjs/common';
import { COMMAND_OBSERVER } from '../tokens';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics.service';

/**
 * GET /health (checks from the optional HEALTH_CHECKS provider) and GET /metrics; `Metrics` is global
 * and is the COMMAND_OBSERVER the command handler reports to.
 */
@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [Metrics, { provide: COMMAND_OBSERVER, useExisting: Metrics }],
  exports: [Metrics, COMMAND_OBSERVER],
})
export class ObservabilityModule {}
