import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { BusinessDateField, TextField } from '../fields/resources-fields';

export class RecordExperienceRequest {
  @BusinessDateField('2026-02-20', 'Day the work was done (or the last day of the period)')
  workedOn: string;

  @ApiProperty({ example: 1, description: 'Days of relevant maintenance work, halves allowed' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(366)
  days: number;

  @TextField('Annual inspection DR400 F-GABC, WO-2026-0042', 500, 'What the work was')
  note: string;
}
