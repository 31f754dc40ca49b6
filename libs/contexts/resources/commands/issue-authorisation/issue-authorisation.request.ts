import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { PART_66_CATEGORIES, type Part66Category } from '../../domain/technician/part-66';
import { BusinessDateField, TextField } from '../fields/resources-fields';

export class IssueAuthorisationRequest {
  @TextField('AUT-7', 40, 'The reference on the authorisation document')
  authorisationId: string;

  @ApiProperty({ enum: PART_66_CATEGORIES, isArray: true, example: ['B1.2'] })
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(PART_66_CATEGORIES, { each: true, message: `each value in $property must be one of ${PART_66_CATEGORIES.join(', ')}` })
  categories: Part66Category[];

  @ApiProperty({ example: ['DR400'], description: 'Aircraft types covered' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  aircraftTypes: string[];

  @ApiProperty({ example: [], description: 'Components covered (part numbers or component ratings, as written)' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  components: string[];

  @BusinessDateField('2026-01-01')
  issuedOn: string;

  @BusinessDateField('2027-12-31', 'Valid through this date')
  expiresOn: string;
}
