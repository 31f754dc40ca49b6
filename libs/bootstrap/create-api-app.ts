import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock } from '@repaero/event-sourcing';
import { PinoLoggerService, configureHttp, configureOpenApi, createLogger, ensureAdminUser, type AppConfig } from '@repaero/platform';
import { CoreModule } from './core.module';
import { openSystem, type RepaeroSystem } from './open-system';

export interface ApiApp {
  readonly app: NestExpressApplication;
  readonly system: RepaeroSystem;
}

export interface ApiAppOptions {
  readonly clock?: Clock;
  /** Where a generated admin password is shown (stdout by default). */
  readonly print?: (line: string) => void;
}

/** The HTTP service, ready to listen: used by apps/api and by the e2e tests. */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<ApiApp> {
  const logger = createLogger({ level: config.logLevel });
  const system = await openSystem(config, logger);
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      CoreModule.forSystem(system, { runProjectors: config.projectors, http: true, clock: options.clock }),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(PinoLoggerService));
    app.enableShutdownHooks();
    configureHttp(app);
    configureOpenApi(app);
    await app.init();
    await ensureAdminUser(app, { print: options.print });
    return { app, system };
  } catch (error) {
    await system.close();
    throw error;
  }
}
