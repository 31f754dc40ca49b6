export * from './peer-gate';
