import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, IsUUID } from 'class-validator';

export class ReservePartForTaskRequest {
  @ApiProperty({ format: 'uuid', description: 'The stock item (serial item or batch) held for the request' })
  @IsUUID()
  itemId: string;

  @ApiPropertyOptional({ example: 1, description: "Default: the request's quantity" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity?: number;
}
