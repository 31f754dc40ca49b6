export * from './stock.context';
export * from './stock.module';
export * from './contracts/published-part';
export * from './contracts/stock-issuing';
export * from './contracts/stock-contracts.module';
