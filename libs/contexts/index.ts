export * from './bounded-context';
export * from './context-registry';
