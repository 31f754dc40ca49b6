import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, IsUUID } from 'class-validator';

export class ReservePartForTaskRequest {
  @ApiProperty({ format: 'uuid', description: 'The stock item (serial item or batch) held for the request' })
  @IsUUID()
  itemId: string;

  @ApiPropertyOptional({ example: 1, description: "Default: the request's quantity" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Idempotency key of this reservation, chosen by the client: sending the same attemptId again (after a timeout or a crash) never holds the item twice; the same attemptId with another item, request or quantity is refused (production.part-issue-attempt-id-in-use). A new one when absent.',
  })
  @IsOptional()
  @IsUUID()
  attemptId?: string;
}
