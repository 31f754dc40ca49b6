export * from './tokens';
export * from './platform.module';

export * from './config/app-config';
export * from './config/config-keys';
export * from './config/load-config';

export * from './http/problem-details';
export * from './http/request-errors';
export * from './http/to-problem';
export * from './http/problem-details.filter';
export * from './http/validation.pipe';
export * from './http/configure-http';

export * from './logging/create-logger';
export * from './logging/request-context';
export * from './logging/pino-logger.service';
export * from './logging/request-logging.middleware';
export * from './logging/logging.module';

export * from './observability/health-indicator';
export * from './observability/metrics.service';
export * from './observability/observability.module';

export * from './auth/auth.module';
export * from './auth/guard/auth.decorators';
export * from './auth/current-actor';
export * from './auth/token/authenticated-user';
export * from './auth/token/token.service';
export * from './auth/token/jwt-secret';
export * from './auth/password/password-hasher';
export * from './auth/user-accounts.service';
export * from './auth/ensure-admin-user';
export * from './auth/user/roles';
export * from './auth/user/username';
export * from './auth/user/events';
export * from './auth/user/commands';
export * from './auth/user/user.decider';

export * from './openapi/configure-openapi';

// The lead's event-store/ and commands/ exports go below.
export * from './commands';
export * from './event-store';
export * from './audit';
export * from './queries';
