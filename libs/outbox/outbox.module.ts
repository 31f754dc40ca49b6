import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { RequeueMessageController } from './commands/requeue-message/requeue-message.controller';
import type { OutboxDispatcher } from './dispatcher/outbox-dispatcher';
import { OUTBOX_DISPATCHER, OUTBOX_QUERIES } from './outbox.tokens';
import type { OutboxQueries } from './queries/outbox-messages/outbox.queries';
import { OutboxMessagesQueryController } from './queries/outbox-messages/outbox-messages.query.controller';
import { TwilioStatusController } from './webhooks/twilio-status.controller';

/** Stops the dispatcher (after its current send) before the store and read database close. */
class OutboxDispatcherLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(OUTBOX_DISPATCHER) private readonly dispatcher: OutboxDispatcher) {}

  onApplicationBootstrap(): void {
    this.dispatcher.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
  }
}

export interface OutboxModuleOptions {
  readonly queries: OutboxQueries;
  /** Given where messages are sent (the worker, or the API when it runs alone); started on bootstrap. */
  readonly dispatcher?: OutboxDispatcher;
  /** Serve the admin endpoints: list, counts, detail, requeue. */
  readonly http: boolean;
}

/**
 * The outbox in a Nest app. Needs the global CoreModule (CommandBus, CLOCK, auth) for its endpoints;
 * the outbox projection itself is registered with the other projections.
 */
@Module({})
export class OutboxModule {
  static forRoot(options: OutboxModuleOptions): DynamicModule {
    const providers: Provider[] = [{ provide: OUTBOX_QUERIES, useValue: options.queries }];
    if (options.dispatcher) providers.push({ provide: OUTBOX_DISPATCHER, useValue: options.dispatcher }, OutboxDispatcherLifecycle);
    return {
      module: OutboxModule,
      controllers: options.http ? [OutboxMessagesQueryController, RequeueMessageController, TwilioStatusController] : [],
      providers,
      exports: [OUTBOX_QUERIES, ...(options.dispatcher ? [OUTBOX_DISPATCHER] : [])],
    };
  }
}
