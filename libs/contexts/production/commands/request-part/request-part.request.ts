import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsPositive } from 'class-validator';
import { OptionalIdField, OptionalTextField, TextField } from '../work-order-sender/work-order-fields';

export class RequestPartRequest {
  @OptionalIdField('The request id')
  requestId?: string;

  @TextField('4202435-01', 40)
  partNumber: string;

  @ApiProperty({ example: 1 })
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity: number;

  @TextField('EA', 10)
  unit: string;

  @OptionalTextField('Exchange unit accepted', 500)
  note?: string;
}
