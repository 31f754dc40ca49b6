import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@repaero/platform';
import { OUTBOX_CHANNELS, type OutboxChannel } from '../../domain/outbox-message/events';
import { OUTBOX_STATUSES, type OutboxStatus } from './outbox-message.read-model';

export class OutboxListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ enum: OUTBOX_CHANNELS })
  @IsOptional()
  @IsIn(OUTBOX_CHANNELS)
  channel?: OutboxChannel;
}
