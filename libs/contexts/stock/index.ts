export * from './stock.context';
export * from './stock.module';
export * from './contracts/published-part';
export * from './contracts/published-item-stock';
export * from './contracts/stock-issuing';
export * from './contracts/stock-contracts.module';
