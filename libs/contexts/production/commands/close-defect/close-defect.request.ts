import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { OptionalTextField } from '../work-order-sender/work-order-fields';

const KINDS = ['rectified', 'deferred', 'not-completed-within-limits'] as const;

/** 145.A.50: rectified (how), deferred (the customer's agreement), or not completed within limits (why). */
export class CloseDefectRequest {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS, { message: `disposition must be one of ${KINDS.join(', ')}` })
  disposition: (typeof KINDS)[number];

  @ApiProperty({ required: false, example: 'Loom repaired per SRM 20-10-00, sleeve fitted' })
  @ValidateIf((body: CloseDefectRequest) => body.disposition === 'rectified')
  @IsString()
  @IsNotEmpty({ message: 'rectification is required for a rectified defect' })
  @MaxLength(2000)
  rectification?: string;

  @ApiProperty({ required: false, example: 'CUST-AGR-2026-07' })
  @ValidateIf((body: CloseDefectRequest) => body.disposition === 'deferred')
  @IsString()
  @IsNotEmpty({ message: "customerAgreementRef is required for a deferral (the customer's agreement)" })
  @MaxLength(80)
  customerAgreementRef?: string;

  @OptionalTextField('Within SRM limits, to re-inspect at next 50 h', 2000, 'Required for not-completed-within-limits')
  note?: string;
}
