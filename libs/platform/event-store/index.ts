export * from './create-event-store';
export * from './event-sourcing.module';
