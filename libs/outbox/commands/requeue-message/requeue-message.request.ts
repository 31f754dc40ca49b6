import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RequeueMessageRequest {
  @ApiProperty({ example: 'Mobile number corrected in the contact' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
