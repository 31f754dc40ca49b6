import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { OptionalTextField } from '../fields/stock-fields';
import { LocationCodeField, QuantityField, RequiredTextField } from '../quantity.validators';

export class ReturnItemRequest {
  @RequiredTextField('WO-2026-0042', 40)
  workOrderRef: string;

  @LocationCodeField()
  locationCode: string;

  @QuantityField()
  quantity: number;

  @ApiProperty({ description: 'Unused and undamaged; otherwise the item goes to quarantine and a reason is required' })
  @IsBoolean()
  unused: boolean;

  @OptionalTextField('Fitted then removed: wrong dash number for this aircraft', 500)
  reason?: string;
}
