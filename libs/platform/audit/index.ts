export * from './aggregate-catalogue';
export * from './audit.service';
export * from './audit.controller';
