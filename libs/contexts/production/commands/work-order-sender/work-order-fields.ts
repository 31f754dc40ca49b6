import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Who may do what on a work order (admin passes everything). */
export const workOrderRoles = {
  plan: ['team-lead', 'quality'],
  work: ['technician', 'team-lead', 'quality'],
  sign: ['technician', 'quality'],
  read: ['technician', 'team-lead', 'quality'],
} as const;

export const WORK_ORDERS_ROUTE = 'api/v1/production/work-orders';

export function TextField(example: string, maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ example, description }), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(maxLength));
}

export function OptionalTextField(example: string, maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ example, description }), IsOptional(), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(maxLength));
}

/** A client-chosen id makes a retry harmless (the same id with the same content records nothing). */
export function OptionalIdField(description: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ format: 'uuid', description: `${description}; generated when absent, give it to make a retry harmless` }), IsOptional(), IsUUID());
}

export function OptionalBusinessDateField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example: '2026-06-01', format: 'date', description: `${description}; Europe/Paris today when absent` }),
    IsOptional(),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' }),
  );
}

export function OptionalInstantField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example: '2026-06-01T09:30:00Z', format: 'date-time', description: `${description}; now when absent` }),
    IsOptional(),
    IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 instant such as 2026-06-01T09:30:00Z' }),
  );
}

/** The aircraft an airworthiness directive is judged on: recording a compliance and asking which ADs are overdue. */
export class AircraftIdentification {
  @ApiProperty({ example: 'F-GKXA' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  registration: string;

  @ApiProperty({ example: 'C172', description: 'Checked against the AD applicability' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  aircraftType: string;

  @ApiPropertyOptional({ example: '17275123' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  serialNumber?: string;
}

export const PART_66_CATEGORY = /^(A|B1\.[1-4]|B2L?|B3|C|L)$/;
