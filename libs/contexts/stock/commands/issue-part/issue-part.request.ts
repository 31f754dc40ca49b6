import { LocationCodeField, QuantityField, RequiredTextField } from '../quantity.validators';

export class IssuePartRequest {
  @LocationCodeField()
  locationCode: string;

  @QuantityField()
  quantity: number;

  @RequiredTextField('WO-2026-0042', 40)
  workOrderRef: string;
}
