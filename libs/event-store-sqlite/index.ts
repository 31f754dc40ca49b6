export * from './sqlite-event-store';
export * from './polling-subscription';
