import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RegisterPartRequest {
  @ApiProperty({ example: '4202435-01', description: 'Kept as written; matched without spaces, dashes, dots and case' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  partNumber: string;

  @ApiPropertyOptional({ example: '0CVA5', description: 'Manufacturer CAGE or NSCM code' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9]{5}$/, { message: 'manufacturer must be a 5-character CAGE/NSCM code' })
  manufacturer?: string;

  @ApiProperty({ example: 'Starter generator' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  description: string;

  @ApiProperty({ example: 'EA', description: 'Unit of measure (EA, KG, L, M…)' })
  @IsString()
  @Matches(/^[A-Z]{1,6}$/, { message: 'unit must be 1 to 6 capital letters, e.g. EA, KG, L' })
  unit: string;
}
