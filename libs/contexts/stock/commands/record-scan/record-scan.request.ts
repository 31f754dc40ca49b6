import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SCAN_PURPOSES, type ScanPurpose } from '../../domain/scan-log/events';

/** The scan as the device sent it: every scan-driven request starts with these. */
export class ScannedRequest {
  @ApiProperty({ example: 'MFR 0CVA5<GS>SER 674A36458<GS>PNR 4202435-01', description: 'Exactly what the scanner sent, suffix included' })
  @IsString()
  @MaxLength(2000)
  raw: string;

  @ApiProperty({ example: 'ipad-hangar-2', description: 'The scanning device; its scans are logged on its own stream' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, { message: 'deviceId must be 1 to 64 letters, digits, dots, colons, dashes or underscores' })
  deviceId: string;

  @ApiPropertyOptional({ example: ']d2', description: 'The AIM symbology identifier, when the scanner SDK reports it apart from the data' })
  @IsOptional()
  @Matches(/^\]?[A-Za-z][0-9A-Za-z]$/, { message: 'aimId must be an AIM symbology identifier such as ]C1 or d2' })
  aimId?: string;
}

export class RecordScanRequest extends ScannedRequest {
  @ApiProperty({ enum: SCAN_PURPOSES })
  @IsIn(SCAN_PURPOSES)
  purpose: ScanPurpose;
}
