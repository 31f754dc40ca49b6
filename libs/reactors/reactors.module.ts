import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import type { ReactorEngine } from './reactor-engine';

export const REACTOR_ENGINE = Symbol('REACTOR_ENGINE');
const RUN_REACTORS = Symbol('RUN_REACTORS');

/** Stops before the shutdown hooks that close the store and read database run. */
class ReactorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(REACTOR_ENGINE) private readonly engine: ReactorEngine,
    @Inject(RUN_REACTORS) private readonly run: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.run) await this.engine.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.engine.stop();
  }
}

export interface ReactorsModuleOptions {
  /** Start the reactors in this process (the worker does; the API may leave them to it). */
  readonly run: boolean;
}

/** Hands a composed ReactorEngine to Nest: started on bootstrap, stopped on shutdown, injectable as REACTOR_ENGINE. */
@Module({})
export class ReactorsModule {
  static forEngine(engine: ReactorEngine, options: ReactorsModuleOptions): DynamicModule {
    return {
      module: ReactorsModule,
      providers: [{ provide: REACTOR_ENGINE, useValue: engine }, { provide: RUN_REACTORS, useValue: options.run }, ReactorLifecycle],
      exports: [REACTOR_ENGINE],
    };
  }
}
