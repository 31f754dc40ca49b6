import { Global, Module } from '@nestjs/common';
import { AggregateCommandSender } from '@repaero/platform';
import { ScanIntake } from '../commands/record-scan/scan-intake';
import { ScanResolver } from '../commands/record-scan/scan-resolver';
import { StockIssuingAdapter } from './stock-issuing.adapter';
import { STOCK_ISSUING } from './stock-issuing';

/** Global while the stock context is on (imported by StockModule); absent when it is off. */
@Global()
@Module({
  providers: [AggregateCommandSender, ScanResolver, ScanIntake, { provide: STOCK_ISSUING, useClass: StockIssuingAdapter }],
  exports: [STOCK_ISSUING],
})
export class StockContractsModule {}
