import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PART_66_CATEGORIES, type LicenceRating, type Part66Category } from '../../domain/technician/part-66';
import { BusinessDateField, TextField } from '../fields/resources-fields';

export class LicenceRatingRequest {
  @ApiProperty({ enum: ['type', 'group'] })
  @IsIn(['type', 'group'])
  kind: LicenceRating['kind'];

  @ApiPropertyOptional({ example: 'DR400', description: 'kind=type: the aircraft type endorsed' })
  @ValidateIf((rating: LicenceRatingRequest) => rating.kind === 'type')
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  aircraftType?: string;

  @ApiPropertyOptional({ example: 'Robin wood', description: 'kind=group: the group rating as endorsed' })
  @ValidateIf((rating: LicenceRatingRequest) => rating.kind === 'group')
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  group?: string;

  @ApiPropertyOptional({ example: ['DR400', 'DR500'], description: 'kind=group: the aircraft types the group covers' })
  @ValidateIf((rating: LicenceRatingRequest) => rating.kind === 'group')
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  aircraftTypes?: string[];
}

export function toLicenceRating(rating: LicenceRatingRequest): LicenceRating {
  return rating.kind === 'type' ? { kind: 'type', aircraftType: rating.aircraftType ?? '' } : { kind: 'group', group: rating.group ?? '', aircraftTypes: rating.aircraftTypes ?? [] };
}

export class RecordLicenceRequest {
  @TextField('FR.66.12345', 40)
  licenceNumber: string;

  @ApiProperty({ enum: PART_66_CATEGORIES, isArray: true, example: ['B1.2', 'B3'] })
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(PART_66_CATEGORIES, { each: true, message: `each value in $property must be one of ${PART_66_CATEGORIES.join(', ')}` })
  categories: Part66Category[];

  @ApiProperty({ type: [LicenceRatingRequest] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LicenceRatingRequest)
  ratings: LicenceRatingRequest[];

  @BusinessDateField('2024-01-10')
  issuedOn: string;

  @BusinessDateField('2029-01-09', 'Valid through this date')
  expiresOn: string;
}
