import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OptionalBusinessDateField, OptionalIdField, TextField } from '../work-order-sender/work-order-fields';

export class RaiseDefectRequest {
  @OptionalIdField('The defect id')
  defectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The task it was found on' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @TextField('Chafed wiring loom behind the firewall', 2000)
  description: string;

  @OptionalBusinessDateField('The day it was found')
  raisedOn?: string;
}
