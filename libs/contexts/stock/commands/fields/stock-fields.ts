import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

/** A business date as written on the paperwork; the domain checks it is a real date (`stock.invalid-date`). */
export function BusinessDateField(example = '2027-05-31', description?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example, description, format: 'date' }),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' }),
  );
}

export function OptionalTextField(example: string, maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ example, description }), IsOptional(), IsString(), MaxLength(maxLength));
}

/** Written on the paperwork, possibly left blank there: a blank field is the domain's to judge (an incomplete document → quarantine). */
export function DocumentTextField(example: string, maxLength: number): PropertyDecorator {
  return applyDecorators(ApiProperty({ example }), IsString(), MaxLength(maxLength));
}

export function HoursOrCyclesField(example: number, description: string, optional = false): PropertyDecorator {
  return applyDecorators(
    optional ? ApiPropertyOptional({ example, description }) : ApiProperty({ example, description }),
    ...(optional ? [IsOptional()] : []),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }),
    Min(0),
  );
}
