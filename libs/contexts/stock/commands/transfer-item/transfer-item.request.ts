import { ApiProperty } from '@nestjs/swagger';
import { LocationCodeField, QuantityField } from '../quantity.validators';

export class TransferItemRequest {
  @LocationCodeField()
  fromLocationCode: string;

  @LocationCodeField()
  @ApiProperty({ example: 'MAIN-B02' })
  toLocationCode: string;

  @QuantityField()
  quantity: number;
}
