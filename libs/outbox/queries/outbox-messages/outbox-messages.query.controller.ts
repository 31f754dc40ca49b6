import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@repaero/event-sourcing';
import { ReadsProjections, Roles } from '@repaero/platform';
import { OUTBOX_QUERIES } from '../../outbox.tokens';
import { OutboxListQuery } from './outbox-list.query';
import { outboxMessagesProjection } from './outbox-messages.projection';
import type { OutboxQueries } from './outbox.queries';

const PROJECTION = outboxMessagesProjection.name;

/** What waits, fails or is parked, per channel: held channels' messages are listed as queued. */
@ApiTags('admin')
@Controller('api/v1/admin/outbox')
@Roles('admin')
export class OutboxMessagesQueryController {
  constructor(@Inject(OUTBOX_QUERIES) private readonly queries: OutboxQueries) {}

  @Get()
  @ReadsProjections(PROJECTION)
  async list(@Query() query: OutboxListQuery) {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    return { items: await this.queries.list({ status: query.status, channel: query.channel, limit, offset }), limit, offset };
  }

  @Get('counts')
  @ReadsProjections(PROJECTION)
  async counts() {
    return { counts: await this.queries.counts() };
  }

  @Get(':messageId')
  @ReadsProjections(PROJECTION)
  async detail(@Param('messageId', new ParseUUIDPipe()) messageId: string) {
    const message = await this.queries.get(messageId);
    if (!message) throw new NotFound('outbox message', messageId);
    return message;
  }
}
