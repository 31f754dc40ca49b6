import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MAX_CALIBRATION_INTERVAL_DAYS } from '../../domain/tool/tool.decider';
import { OptionalTextField, TextField, ToolIdField } from '../fields/resources-fields';
import { CalibrationRequest } from '../record-calibration/record-calibration.request';

export class RegisterToolRequest {
  @ToolIdField()
  toolId: string;

  @TextField('Torque wrench 5-60 Nm', 200)
  description: string;

  @ApiProperty({ example: 365, description: 'Days from a calibration to the next one due' })
  @IsInt()
  @Min(1)
  @Max(MAX_CALIBRATION_INTERVAL_DAYS)
  calibrationIntervalDays: number;

  @OptionalTextField('SN-981', 40)
  serialNumber?: string;

  @OptionalTextField('Facom S.306-60', 80)
  model?: string;

  @ApiPropertyOptional({ type: CalibrationRequest, description: 'The calibration on file, if any' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CalibrationRequest)
  lastCalibration?: CalibrationRequest;
}
