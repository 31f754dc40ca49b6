import { LocationCodeField, QuantityField, RequiredTextField } from '../quantity.validators';

export class AdjustStockRequest {
  @LocationCodeField()
  locationCode: string;

  @QuantityField('Signed change in the part unit: negative removes stock')
  quantityDelta: number;

  @RequiredTextField('Cycle count difference, bin MAIN-A01', 500)
  reason: string;
}
