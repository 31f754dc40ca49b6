export * from './event-store.contract';
export * from './contract-fixtures';
export * from './decider.specification';
export * from './eventually';
