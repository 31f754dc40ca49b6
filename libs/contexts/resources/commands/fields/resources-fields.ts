import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PART_66_CATEGORIES } from '../../domain/technician/part-66';

/** A business date as written on the paperwork; the domain checks it is a real date (`resources.invalid-date`). */
export function BusinessDateField(example = '2026-06-01', description?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ example, description, format: 'date' }), IsString(), Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' }));
}

export function OptionalBusinessDateField(example = '2026-06-01', description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example, description, format: 'date' }),
    IsOptional(),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' }),
  );
}

export function TextField(example: string, maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ example, description }), IsString(), IsNotEmpty(), MaxLength(maxLength));
}

export function OptionalTextField(example: string, maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ example, description }), IsOptional(), IsString(), MaxLength(maxLength));
}

export function CategoryField(description = 'Part-66 category or subcategory'): PropertyDecorator {
  return applyDecorators(ApiProperty({ enum: PART_66_CATEGORIES, description }), IsIn(PART_66_CATEGORIES, { message: `$property must be one of ${PART_66_CATEGORIES.join(', ')}` }));
}

export const TOOL_ID_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;

export function ToolIdField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'TQW-0042', description: "The tool's identification code, as marked on it" }),
    IsString(),
    Matches(TOOL_ID_PATTERN, { message: '$property must be 1 to 32 capital letters, digits, dots, dashes or underscores' }),
  );
}

export class TechnicianParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  technicianId: string;
}

export class ToolParams {
  @ToolIdField()
  toolId: string;
}
