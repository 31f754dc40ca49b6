export * from './production.context';
export * from './production.module';
