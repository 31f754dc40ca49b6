import { Module } from '@nestjs/common';
import { AggregateCommandSender } from '@repaero/platform';
import { AddTaskController } from './commands/add-task/add-task.controller';
import { AmendCrsController } from './commands/amend-crs/amend-crs.controller';
import { AssignTechnicianController } from './commands/assign-technician/assign-technician.controller';
import { CancelCrsController } from './commands/cancel-crs/cancel-crs.controller';
import { CancelWorkOrderController } from './commands/cancel-work-order/cancel-work-order.controller';
import { ChangeWorkOrderLeadsController } from './commands/change-work-order-leads/change-work-order-leads.controller';
import { CloseDefectController } from './commands/close-defect/close-defect.controller';
import { CreateWorkOrderController } from './commands/create-work-order/create-work-order.controller';
import { IssueCrsController } from './commands/issue-crs/issue-crs.controller';
import { IssueCrsHandler } from './commands/issue-crs/issue-crs.handler';
import { IssuePartToTaskController } from './commands/issue-part-to-task/issue-part-to-task.controller';
import { PartIssueHandler } from './commands/issue-part-to-task/part-issue.handler';
import { MarkAwaitingPartsController } from './commands/mark-awaiting-parts/mark-awaiting-parts.controller';
import { OpenWorkOrderController } from './commands/open-work-order/open-work-order.controller';
import { RaiseDefectController } from './commands/raise-defect/raise-defect.controller';
import { RecordIndependentInspectionController } from './commands/record-independent-inspection/record-independent-inspection.controller';
import { LabourHandler } from './commands/record-labour/labour.handler';
import { RecordLabourController } from './commands/record-labour/record-labour.controller';
import { RecordMeasurementController } from './commands/record-measurement/record-measurement.controller';
import { RecordPartsArrivedController } from './commands/record-parts-arrived/record-parts-arrived.controller';
import { RecordToolUseController } from './commands/record-tool-use/record-tool-use.controller';
import { RequestPartController } from './commands/request-part/request-part.controller';
import { PartReservationHandler } from './commands/reserve-part-for-task/part-reservation.handler';
import { ReservePartForTaskController } from './commands/reserve-part-for-task/reserve-part-for-task.controller';
import { SignOffTaskController } from './commands/sign-off-task/sign-off-task.controller';
import { SignatureHandler } from './commands/sign-off-task/signature.handler';
import { TechnicianAppController } from './commands/technician-app/technician-app.controller';
import { LinkedTechnician } from './commands/work-order-sender/linked-technician.lookup';
import { SequenceNumbers } from './commands/work-order-sender/sequence-numbers';
import { WorkOrderFacts } from './commands/work-order-sender/work-order-facts.lookup';
import { WorkOrderReader } from './commands/work-order-sender/work-order.reader';
import { DocumentsModule } from './documents.module';
import { WorkOrderDocumentsQueryController } from './queries/work-order-documents/work-order-documents.query.controller';

/** Work orders (issue 4, items 3, 4, 6, 7): commands, sign-off and release, the iPad's writes, the printed documents. */
@Module({
  imports: [DocumentsModule],
  controllers: [
    CreateWorkOrderController,
    OpenWorkOrderController,
    ChangeWorkOrderLeadsController,
    MarkAwaitingPartsController,
    RecordPartsArrivedController,
    CancelWorkOrderController,
    AddTaskController,
    AssignTechnicianController,
    RecordLabourController,
    RequestPartController,
    ReservePartForTaskController,
    IssuePartToTaskController,
    RecordToolUseController,
    RecordMeasurementController,
    RaiseDefectController,
    CloseDefectController,
    SignOffTaskController,
    RecordIndependentInspectionController,
    IssueCrsController,
    AmendCrsController,
    CancelCrsController,
    TechnicianAppController,
    WorkOrderDocumentsQueryController,
  ],
  providers: [AggregateCommandSender, WorkOrderReader, LinkedTechnician, WorkOrderFacts, SequenceNumbers, LabourHandler, SignatureHandler, PartIssueHandler, PartReservationHandler, IssueCrsHandler],
  exports: [LinkedTechnician],
})
export class WorkOrdersModule {}
