import { QuantityField } from '../quantity.validators';

export class SetPartMinimumLevelRequest {
  @QuantityField('Reorder when the quantity at the location falls below this (zero or more)')
  minimumLevel: number;

  @QuantityField('How much to reorder')
  reorderQuantity: number;
}
