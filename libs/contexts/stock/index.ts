export * from './stock.context';
export * from './stock.module';
