import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RecordDirectiveComplianceRequest {
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

  @ApiProperty({ example: 'WO-2026-0042', description: 'The work order that did the work' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  workOrderRef: string;

  @ApiProperty({ example: '2026-03-02', format: 'date' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'compliedOn must be a YYYY-MM-DD date' })
  compliedOn: string;
}
