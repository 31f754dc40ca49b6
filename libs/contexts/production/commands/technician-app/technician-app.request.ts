import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength } from 'class-validator';

export class ScanPartToTaskRequest {
  @ApiProperty({ example: 'MFR 0CVA5<GS>SER 674A36458<GS>PNR 4202435-01', description: 'Exactly what the scanner sent' })
  @IsString()
  @MaxLength(2000)
  raw: string;

  @ApiPropertyOptional({ example: ']d2' })
  @IsOptional()
  @Matches(/^\]?[A-Za-z][0-9A-Za-z]$/, { message: 'aimId must be an AIM symbology identifier such as ]C1 or d2' })
  aimId?: string;

  @ApiPropertyOptional({ example: 1, description: 'Default 1' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity?: number;

  @ApiPropertyOptional({ example: 'MAIN-A01' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9\-_.]{0,31}$/, { message: 'locationCode must be 1 to 32 capital letters, digits, dashes, dots or underscores' })
  locationCode?: string;
}
