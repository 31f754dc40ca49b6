/** Injection tokens shared by every Nest module. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');
export const APP_CONFIG = Symbol('APP_CONFIG');
export const CLOCK = Symbol('CLOCK');
export const ID_GENERATOR = Symbol('ID_GENERATOR');
export const UPCASTERS = Symbol('UPCASTERS');
export const PIPELINE_DEPENDENCIES = Symbol('PIPELINE_DEPENDENCIES');
export const COMMAND_OBSERVER = Symbol('COMMAND_OBSERVER');
/** `HealthIndicatorFn[]` probed by GET /health (libs/platform/observability). */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
/** The root pino logger (libs/platform/logging). */
export const LOGGER = Symbol('LOGGER');
export const ACTIVE_READ_MODELS = Symbol('ACTIVE_READ_MODELS');
export const POSITION_WAITER = Symbol('POSITION_WAITER');
