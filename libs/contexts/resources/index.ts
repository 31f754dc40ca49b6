export * from './resources.context';
export * from './resources.module';
export * from './contracts/staff-qualifications';
export * from './contracts/tool-calibrations';
export * from './contracts/technician-directory';
export * from './contracts/resources-contracts.module';
