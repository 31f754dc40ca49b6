import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { AircraftIdentification } from '../work-order-sender/work-order-fields';

export class RecordDirectiveComplianceRequest extends AircraftIdentification {
  @ApiProperty({ example: 'WO-2026-0042', description: 'The work order that did the work' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  workOrderRef: string;

  @ApiProperty({ example: '2026-03-02', format: 'date' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'compliedOn must be a YYYY-MM-DD date' })
  compliedOn: string;
}
