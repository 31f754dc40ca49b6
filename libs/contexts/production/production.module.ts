import { Module } from '@nestjs/common';
import { AggregateCommandSender } from '@repaero/platform';
import { CustomerWorkOrdersModule } from './contracts/customer-work-orders.module';
import { DocumentsModule } from './documents.module';
import { WorkOrdersModule } from './work-orders.module';
import { ComplianceQueryController } from './queries/compliance/compliance.query.controller';
import { TaskCandidatesQueryController } from './queries/task-candidates/task-candidates.query.controller';
import { TechnicianTasksQueryController } from './queries/technician-tasks/technician-tasks.query.controller';
import { ToolUsageQueryController } from './queries/tool-usage/tool-usage.query.controller';
import { TraceabilityQueryController } from './queries/traceability/traceability.query.controller';
import { WorkOrdersQueryController } from './queries/work-orders/work-orders.query.controller';

@Module({
  imports: [DocumentsModule, WorkOrdersModule, CustomerWorkOrdersModule],
  controllers: [WorkOrdersQueryController, TechnicianTasksQueryController, ComplianceQueryController, TraceabilityQueryController, ToolUsageQueryController, TaskCandidatesQueryController],
  providers: [AggregateCommandSender],
})
export class ProductionModule {}
