import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsUUID, ValidateNested } from 'class-validator';
import { PersonRequest } from '../create-work-order/create-work-order.request';

export class ChangeWorkOrderLeadsRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamLeadId: string;

  @ApiProperty({ type: PersonRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonRequest)
  projectLead: PersonRequest;
}
