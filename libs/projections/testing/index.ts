export * from './test-read-stores';
export * from './projection-spec';
export * from './rows-written';
export * from './merge-snapshot';
