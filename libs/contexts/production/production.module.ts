import { Module } from '@nestjs/common';
import { AggregateCommandSender } from '@repaero/platform';

@Module({
  imports: [],
  controllers: [],
  providers: [AggregateCommandSender],
})
export class ProductionModule {}
