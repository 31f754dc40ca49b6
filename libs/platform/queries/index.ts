export * from './read-your-writes.interceptor';
export * from './page.query';
