import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { QuantityField } from '../quantity.validators';

export class CountedLineRequest {
  @ApiProperty()
  @IsUUID()
  itemId: string;

  @QuantityField('Quantity found; a recount replaces the earlier count')
  countedQuantity: number;
}

export class RecordCountRequest {
  @ApiProperty({ type: [CountedLineRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CountedLineRequest)
  lines: CountedLineRequest[];
}
