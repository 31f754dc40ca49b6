import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { BusinessDateField, TextField } from '../fields/resources-fields';

export class RevokeAuthorisationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  technicianId: string;

  @ApiProperty({ example: 'AUT-7' })
  @IsString()
  @MaxLength(40)
  @Matches(/\S/, { message: '$property must not be blank' })
  authorisationId: string;
}

export class RevokeAuthorisationRequest {
  @BusinessDateField('2026-05-01', 'Not in force from this date')
  revokedOn: string;

  @TextField('Audit finding QA-2026-12', 500)
  reason: string;
}
