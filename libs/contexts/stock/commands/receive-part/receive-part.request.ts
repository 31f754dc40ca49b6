import { LocationCodeField, QuantityField } from '../quantity.validators';

export class ReceivePartRequest {
  @LocationCodeField()
  locationCode: string;

  @QuantityField()
  quantity: number;
}
