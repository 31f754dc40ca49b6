export * from './production.context';
export * from './production.module';
export * from './contracts/customer-work-orders';
export * from './contracts/customer-work-orders.module';
