import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, Matches, MaxLength } from 'class-validator';

export function LocationCodeField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'MAIN-A01', description: 'Store location (bin) code' }),
    IsString(),
    Matches(/^[A-Z0-9][A-Z0-9\-_.]{0,31}$/, { message: 'locationCode must be 1 to 32 capital letters, digits, dashes, dots or underscores' }),
  );
}

export function QuantityField(description = 'Quantity in the part unit, up to three decimals'): PropertyDecorator {
  return applyDecorators(ApiProperty({ example: 10, description }), IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false }));
}

export function RequiredTextField(example: string, maxLength: number): PropertyDecorator {
  return applyDecorators(ApiProperty({ example }), IsString(), IsNotEmpty(), MaxLength(maxLength));
}
