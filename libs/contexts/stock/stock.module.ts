import { Module } from '@nestjs/common';
import { AdjustStockController } from './commands/adjust-stock/adjust-stock.controller';
import { IssuePartController } from './commands/issue-part/issue-part.controller';
import { PartCommandSender } from './commands/part-command.sender';
import { ReceivePartController } from './commands/receive-part/receive-part.controller';
import { RegisterPartController } from './commands/register-part/register-part.controller';
import { MovementsQueryController } from './queries/movements/movements.query.controller';
import { PartsQueryController } from './queries/parts/parts.query.controller';
import { StockLevelsQueryController } from './queries/stock-levels/stock-levels.query.controller';

@Module({
  controllers: [
    RegisterPartController,
    ReceivePartController,
    IssuePartController,
    AdjustStockController,
    PartsQueryController,
    StockLevelsQueryController,
    MovementsQueryController,
  ],
  providers: [PartCommandSender],
})
export class StockModule {}
