import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DOCUMENT_KINDS, type Applicability, type DirectiveTerms, type DocumentKind, type DueDateFor } from '../../domain/manufacturer-document/events';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a YYYY-MM-DD date' };

class ApplicabilityRequest implements Applicability {
  @ApiPropertyOptional({ example: ['C172'], description: 'Aircraft types (the type certificate designation)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  aircraftTypes: string[] = [];

  @ApiPropertyOptional({ example: ['F-GKXA'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  registrations: string[] = [];

  @ApiPropertyOptional({ example: ['17275123'], description: 'Aircraft serial numbers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  serialNumbers: string[] = [];

  @ApiPropertyOptional({ example: ['4202435-01'], description: 'Component part numbers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  partNumbers: string[] = [];
}

class DueDateForRequest implements DueDateFor {
  @ApiPropertyOptional({ example: 'C182' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  aircraftType?: string;

  @ApiPropertyOptional({ example: 'F-GKXA' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  registration?: string;

  @ApiProperty({ example: '2026-09-01', format: 'date' })
  @Matches(DATE, DATE_MESSAGE)
  dueOn: string;
}

class DirectiveTermsRequest implements DirectiveTerms {
  @ApiProperty({ example: '2026-06-30', format: 'date', description: 'Comply by this date (Europe/Paris); overdue from this day on' })
  @Matches(DATE, DATE_MESSAGE)
  dueOn: string;

  @ApiPropertyOptional({ type: [DueDateForRequest], description: 'Due dates of their own for some aircraft types or registrations' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DueDateForRequest)
  dueOnFor: DueDateForRequest[] = [];
}

export class RegisterManufacturerDocumentRequest {
  @ApiProperty({ example: 'AMM 32-11-00', description: 'Unique in the library; a work-order task names its data by this reference' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  reference: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  @ApiProperty({ example: 'Main landing gear - removal/installation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: 'Textron Aviation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  manufacturer: string;

  @ApiProperty({ example: 'C172', description: 'The aircraft or component type the document belongs to' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  typeDesignation: string;

  @ApiPropertyOptional({ example: '32', description: 'ATA chapter, two digits' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'ataChapter must be two digits, e.g. 32' })
  ataChapter?: string;

  @ApiPropertyOptional({ type: ApplicabilityRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicabilityRequest)
  applicability?: ApplicabilityRequest;

  @ApiPropertyOptional({ type: DirectiveTermsRequest, description: 'Required for an AD (kind AD), refused for the other kinds' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectiveTermsRequest)
  directive?: DirectiveTermsRequest;
}
