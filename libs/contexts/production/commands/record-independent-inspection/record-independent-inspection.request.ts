import { OptionalInstantField, OptionalTextField } from '../work-order-sender/work-order-fields';

export class RecordIndependentInspectionRequest {
  @OptionalInstantField('When the inspection was done (after the work)')
  inspectedAt?: string;

  @OptionalTextField('Torque stripes checked, locking wire in place', 2000)
  remarks?: string;
}
