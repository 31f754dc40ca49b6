import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FORM1_STATUSES } from '../issue-crs/issue-crs.request';
import { OptionalBusinessDateField, OptionalTextField, TextField } from '../work-order-sender/work-order-fields';

/** A correction is a new event with its reason; the issued CRS stays as it was (DOMAIN rule 14). */
export class AmendCrsRequest {
  @TextField('Typo in the CRS date reported by the customer', 500)
  reason: string;

  @TextField('CRS date corrected from 2026-06-02 to 2026-06-01', 2000, 'What changes, in words')
  changes: string;

  @OptionalBusinessDateField('Corrected CRS date')
  issuedOn?: string;

  @OptionalTextField('Overhauled per CMM 24-31-01 rev 12.', 2000, 'Corrected Form 1 block 12')
  form1Remarks?: string;

  @ApiPropertyOptional({ enum: FORM1_STATUSES, description: 'Corrected Form 1 block 11' })
  @IsOptional()
  @IsIn(FORM1_STATUSES, { message: `form1Status must be one of ${FORM1_STATUSES.join(', ')}` })
  form1Status?: (typeof FORM1_STATUSES)[number];
}
