import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, IsUUID, Matches } from 'class-validator';

export class IssuePartToTaskRequest {
  @ApiProperty({ format: 'uuid', description: 'The stock item (serial item or batch)' })
  @IsUUID()
  itemId: string;

  @ApiPropertyOptional({ example: 'MAIN-A01', description: 'Where it is taken from; the only location holding it when absent' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9\-_.]{0,31}$/, { message: 'locationCode must be 1 to 32 capital letters, digits, dashes, dots or underscores' })
  locationCode?: string;

  @ApiPropertyOptional({ example: 1, description: 'Default 1' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The part request it answers' })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Idempotency key of this issue, chosen by the client: sending the same attemptId again (after a timeout or a crash) never issues twice, batch or serial, and answers the same issueId; the same attemptId with another item, task or quantity is refused (production.part-issue-attempt-id-in-use). A new one when absent.',
  })
  @IsOptional()
  @IsUUID()
  attemptId?: string;
}
