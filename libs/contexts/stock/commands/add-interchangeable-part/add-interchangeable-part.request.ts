import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { RequiredTextField } from '../quantity.validators';

export class AddInterchangeablePartRequest {
  @RequiredTextField('4202435-02', 40)
  partNumber: string;

  @ApiPropertyOptional({ example: '0CVA5', description: 'Manufacturer CAGE or NSCM code' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{5}$/, { message: 'manufacturer must be a 5-character CAGE/NSCM code' })
  manufacturer?: string;

  @ApiProperty({ description: 'This part may also replace the other one' })
  @IsBoolean()
  twoWay: boolean;

  @RequiredTextField('IPC 24-30-01 fig. 2 item 10; SB 24-0012', 200)
  reference: string;
}
