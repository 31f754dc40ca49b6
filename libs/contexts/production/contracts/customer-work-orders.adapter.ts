import { Inject, Injectable } from '@nestjs/common';
import { ACTIVE_READ_MODELS } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { describeSubject } from '../printing/subject.format';
import { workOrderReadModel, type WorkOrderRow } from '../queries/work-orders/work-order.read-model';
import type { CustomerWorkOrder, CustomerWorkOrders } from './customer-work-orders';

function subjectOf(row: WorkOrderRow): string {
  const { subject } = row.state;
  return describeSubject(subject.kind === 'aircraft' ? { kind: 'aircraft', registration: subject.registration, type: subject.aircraftType, serialNumber: subject.serialNumber } : subject);
}

@Injectable()
export class CustomerWorkOrdersAdapter implements CustomerWorkOrders {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  async byCustomerRef(customerRef: string): Promise<readonly CustomerWorkOrder[]> {
    const rows = await this.readModels.read(workOrderReadModel, (repository) => repository.find({ where: { customerRef }, order: { number: 'ASC' } }));
    return rows.map((row) => ({
      workOrderId: row.workOrderId,
      number: row.number,
      status: row.status,
      subject: subjectOf(row),
      requestedWork: row.requestedWork,
      projectLead: { technicianId: row.projectLeadId, name: row.projectLeadName },
      ...(row.crsIssuedOn ? { releasedOn: row.crsIssuedOn } : {}),
    }));
  }
}
