import { Global, Module, type DynamicModule, type InjectionToken, type ModuleMetadata, type Provider } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { LoggingModule } from './logging/logging.module';
import type { HealthIndicatorFn } from './observability/health-indicator';
import { ObservabilityModule } from './observability/observability.module';
import { APP_CONFIG, HEALTH_CHECKS } from './tokens';

export interface PlatformOptions {
  readonly config: AppConfig;
  /** Probes behind GET /health, e.g. `healthIndicator('store', () => store.headPosition())`. */
  readonly healthChecks?: {
    readonly imports?: ModuleMetadata['imports'];
    readonly inject?: InjectionToken[];
    readonly useFactory: (...deps: never[]) => readonly HealthIndicatorFn[] | Promise<readonly HealthIndicatorFn[]>;
  };
}

/**
 * One import for the Nest glue: APP_CONFIG and HEALTH_CHECKS (global), logging, health/metrics and auth.
 * EVENT_STORE, CLOCK, ID_GENERATOR and UPCASTERS come from EventSourcingModule.forRoot.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const healthChecks: Provider = options.healthChecks
      ? { provide: HEALTH_CHECKS, useFactory: options.healthChecks.useFactory, inject: options.healthChecks.inject ?? [] }
      : { provide: HEALTH_CHECKS, useValue: [] };
    return {
      module: PlatformModule,
      imports: [...(options.healthChecks?.imports ?? []), LoggingModule, ObservabilityModule, AuthModule],
      providers: [{ provide: APP_CONFIG, useValue: options.config }, healthChecks],
      exports: [APP_CONFIG, HEALTH_CHECKS],
    };
  }
}
