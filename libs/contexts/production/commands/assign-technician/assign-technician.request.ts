import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OptionalBusinessDateField } from '../work-order-sender/work-order-fields';

export class AssignTechnicianRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  technicianId: string;

  @OptionalBusinessDateField('The day the technician is to work on the task (availability and qualification are checked on it)')
  on?: string;
}
