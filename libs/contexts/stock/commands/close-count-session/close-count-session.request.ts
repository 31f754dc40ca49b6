import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { RequiredTextField } from '../quantity.validators';

export class CountDifferenceReasonRequest {
  @ApiProperty()
  @IsUUID()
  itemId: string;

  @RequiredTextField('3 cartridges used on WO-40 without an issue', 500)
  reason: string;
}

export class CloseCountSessionRequest {
  @ApiProperty({ type: [CountDifferenceReasonRequest], description: 'One reason per line where the count differs from the records' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CountDifferenceReasonRequest)
  reasons: CountDifferenceReasonRequest[];
}
