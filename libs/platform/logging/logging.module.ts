import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../tokens';
import { createLogger } from './create-logger';
import { PinoLoggerService } from './pino-logger.service';

/** Provides the root pino logger (LOGGER) and Nest's adapter; the request middleware is mounted by configureHttp. */
@Global()
@Module({
  providers: [
    { provide: LOGGER, useFactory: (config: AppConfig) => createLogger({ level: config.logLevel }), inject: [APP_CONFIG] },
    PinoLoggerService,
  ],
  exports: [LOGGER, PinoLoggerService],
})
export class LoggingModule {}
