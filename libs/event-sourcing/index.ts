export * from './envelope';
export * from './decider';
export * from './errors';
export * from './event-store.port';
export * from './hash-chain';
export * from './upcasting';
export * from './clock';
export * from './command-pipeline';
