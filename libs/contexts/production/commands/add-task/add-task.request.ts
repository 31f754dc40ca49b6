import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, Matches, ValidateNested } from 'class-validator';
import { OptionalIdField, PART_66_CATEGORY, TextField } from '../work-order-sender/work-order-fields';

/** DOMAIN rule 8: the approved data and its revision. */
export class MaintenanceDataRequest {
  @TextField('AMM 80-10-00', 80, 'Document and chapter (AMM, CMM, SB, AD number)')
  reference: string;

  @TextField('45', 20)
  revision: string;
}

export class AddTaskRequest {
  @OptionalIdField('The task id')
  taskId?: string;

  @TextField('Replace starter generator', 300)
  title: string;

  @ApiProperty({ type: MaintenanceDataRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => MaintenanceDataRequest)
  maintenanceData: MaintenanceDataRequest;

  @ApiProperty({ description: 'A critical task needs an independent inspection (145.A.48)' })
  @IsBoolean()
  critical: boolean;

  @ApiProperty({ example: 'B1.2', description: 'Part-66 category the sign-off needs' })
  @Matches(PART_66_CATEGORY, { message: 'requiredCategory must be a Part-66 category: A, B1.1-B1.4, B2, B2L, B3, C or L' })
  requiredCategory: string;
}
