export * from './kurrentdb-event-store';
export * from './kurrentdb-client.port';
