import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BARCODE_SCHEMES, type BarcodeScheme } from '../../domain/catalogue/events';

export class PartBarcodeRequest {
  @ApiProperty({ enum: BARCODE_SCHEMES, description: 'gtin: a GS1 GTIN-8/12/13/14 (check digit verified); internal: our own code' })
  @IsIn(BARCODE_SCHEMES)
  scheme: BarcodeScheme;

  @ApiProperty({ example: '09501101020917' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code: string;
}
