import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CoreModule, loadConfigOrExit, openSystem } from '@repaero/bootstrap';
import { PinoLoggerService, createLogger } from '@repaero/platform';

/** A stop that hangs (a stuck batch, an unreachable database) must not keep the container from exiting. */
const STOP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.logLevel }).child({ app: 'worker' });
  const system = await openSystem(config, logger);
  const app = await NestFactory.createApplicationContext(CoreModule.forSystem(system, { runProjectors: true, http: false }), {
    bufferLogs: true,
    abortOnError: false,
  }).catch(async (error: unknown) => {
    await system.close();
    throw error;
  });
  app.useLogger(app.get(PinoLoggerService));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "Rep'Aero worker stopping");
    setTimeout(() => {
      logger.error({ timeoutMs: STOP_TIMEOUT_MS }, 'worker did not stop in time: exiting');
      logger.flush();
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    // app.close() runs the shutdown hooks: the runners stop after their batch, then store and read DB close.
    app.close().then(
      () => {
        logger.info("Rep'Aero worker stopped");
        logger.flush();
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger.error({ error: error instanceof Error ? error.message : String(error) }, 'worker stopped with an error');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await app.init();
  logger.info(
    {
      owner: system.engine.owner,
      contexts: system.contexts.map((context) => context.name),
      projections: system.engine.projections.map((projection) => projection.name),
      eventStore: system.config.eventStore.kind,
      readStore: system.config.readStore.type,
    },
    `Rep'Aero worker running ${system.engine.projections.length} projectors`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Rep'Aero worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
