import { Module } from '@nestjs/common';
import { AggregateCommandSender } from '@repaero/platform';
import { DocumentsModule } from './documents.module';
import { WorkOrdersModule } from './work-orders.module';
import { ComplianceQueryController } from './queries/compliance/compliance.query.controller';
import { TechnicianTasksQueryController } from './queries/technician-tasks/technician-tasks.query.controller';
import { ToolUsageQueryController } from './queries/tool-usage/tool-usage.query.controller';
import { TraceabilityQueryController } from './queries/traceability/traceability.query.controller';
import { WorkOrdersQueryController } from './queries/work-orders/work-orders.query.controller';

@Module({
  imports: [DocumentsModule, WorkOrdersModule],
  controllers: [WorkOrdersQueryController, TechnicianTasksQueryController, ComplianceQueryController, TraceabilityQueryController, ToolUsageQueryController],
  providers: [AggregateCommandSender],
})
export class ProductionModule {}
