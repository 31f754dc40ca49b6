export { defineReactor, reactorKey, type Reactor, type ReactorCommand, type ReactorContext, type ReactionMode } from './reactor';
export { ReactorEngine, type ReactorEngineOptions, type ReactorStatus } from './reactor-engine';
export { ReactorRunner, isInfrastructureFault, type ReactorRunnerOptions } from './reactor-runner';
export { DEFAULT_REACTOR_RETRY, retryDelayMs, type ReactorRetryPolicy } from './reactor-retry';
export { reactionContext, reactorMetadata } from './reaction-context';
export { DailyJob, dailyJobKey, dailyJobStatus, dueDay, nextRunAt, type DailyJobLease, type DailyJobOptions, type DailyJobStatus } from './daily-job';
export { deterministicId, derivedEventId, derivedEventIds } from './derived-ids';
export { ReactorsModule, REACTOR_ENGINE, type ReactorsModuleOptions } from './reactors.module';
