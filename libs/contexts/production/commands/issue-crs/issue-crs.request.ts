import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsPositive, ValidateNested } from 'class-validator';
import { OptionalBusinessDateField, OptionalTextField, TextField } from '../work-order-sender/work-order-fields';

export const FORM1_STATUSES = ['OVERHAULED', 'REPAIRED', 'INSPECTED/TESTED', 'MODIFIED'] as const;

/** Blocks 11 and 12 (and 7, 9 when they differ from the work order); the rest comes from the work order, the CRS and configuration. */
export class Form1Request {
  @ApiProperty({ enum: FORM1_STATUSES })
  @IsIn(FORM1_STATUSES, { message: `form1.status must be one of ${FORM1_STATUSES.join(', ')}` })
  status: (typeof FORM1_STATUSES)[number];

  @TextField('Overhauled per CMM 24-31-01 rev 12. Brushes and bearings replaced.', 2000, 'Block 12')
  remarks: string;

  @ApiPropertyOptional({ example: 1, description: 'Block 9, default 1' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  quantity?: number;

  @OptionalTextField('Starter generator', 200, "Block 7, the component's description when absent")
  description?: string;
}

export class IssueCrsRequest {
  @OptionalBusinessDateField('The CRS date: the signer must be certifying staff on it')
  issuedOn?: string;

  @ApiPropertyOptional({ type: Form1Request, description: 'Required for a component (EASA Form 1), refused for an aircraft' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => Form1Request)
  form1?: Form1Request;
}
