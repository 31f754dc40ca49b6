export * from './open-system';
export * from './core.module';
export * from './system.token';
export * from './create-api-app';
export * from './load-config-or-exit';
