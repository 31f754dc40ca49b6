export * from './read-your-writes.interceptor';
