import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional } from 'class-validator';
import { OptionalIdField, TextField } from '../work-order-sender/work-order-fields';

const finite = { allowNaN: false, allowInfinity: false };

export class RecordMeasurementRequest {
  @OptionalIdField('The measurement id')
  measurementId?: string;

  @TextField('Starter terminal torque', 120)
  name: string;

  @ApiProperty({ example: 12.5 })
  @IsNumber(finite)
  value: number;

  @TextField('N.m', 20)
  unit: string;

  @ApiPropertyOptional({ example: 11 })
  @IsOptional()
  @IsNumber(finite)
  min?: number;

  @ApiPropertyOptional({ example: 14 })
  @IsOptional()
  @IsNumber(finite)
  max?: number;
}
