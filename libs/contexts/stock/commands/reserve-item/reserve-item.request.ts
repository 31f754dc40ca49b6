import { QuantityField, RequiredTextField } from '../quantity.validators';

export class ReserveItemRequest {
  @RequiredTextField('WO-2026-0042', 40)
  workOrderRef: string;

  @QuantityField()
  quantity: number;
}
