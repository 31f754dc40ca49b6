import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LocationCodeField } from '../quantity.validators';

export class PartLocationParams {
  @ApiProperty()
  @IsUUID()
  partId: string;

  @LocationCodeField()
  locationCode: string;
}
