import { Global, Module } from '@nestjs/common';
import { CustomerWorkOrdersAdapter } from './customer-work-orders.adapter';
import { CUSTOMER_WORK_ORDERS } from './customer-work-orders';

/** Global while the production context is on (imported by ProductionModule); absent when it is off. */
@Global()
@Module({
  providers: [{ provide: CUSTOMER_WORK_ORDERS, useClass: CustomerWorkOrdersAdapter }],
  exports: [CUSTOMER_WORK_ORDERS],
})
export class CustomerWorkOrdersModule {}
