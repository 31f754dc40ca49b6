import { BadRequestException, Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth';
import { AuditService } from './audit.service';
import { EventSearchQuery, StateAsOfQuery, StreamEventsQuery } from './audit.requests';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
@Roles('quality')
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get('streams/:streamId')
  async streamEvents(@Param('streamId') streamId: string, @Query() query: StreamEventsQuery) {
    requireStreamId(streamId);
    const events = await this.audit.streamEvents(streamId, query.fromVersion, query.limit);
    return { streamId, events };
  }

  @Get('streams/:streamId/state')
  stateAsOf(@Param('streamId') streamId: string, @Query() query: StateAsOfQuery) {
    requireStreamId(streamId);
    if (query.asOf && query.version) {
      throw new BadRequestException({ field: 'asOf', message: 'give either asOf or version, not both' });
    }
    return this.audit.stateAsOf(streamId, { asOf: query.asOf ? new Date(query.asOf) : undefined, version: query.version });
  }

  @Get('events')
  search(@Query() query: EventSearchQuery) {
    return this.audit.search({ ...query, limit: query.limit ?? 100 });
  }
}

function requireStreamId(streamId: string): void {
  if (!AuditService.isValidStreamId(streamId)) {
    throw new BadRequestException({ field: 'streamId', message: 'must look like <category>-<id>, e.g. part-0190…' });
  }
}
