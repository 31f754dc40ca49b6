import { COUNT_READERS } from '../stock-readers';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, PageQuery, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { LocationCodeField } from '../../commands/quantity.validators';
import { stockFinders } from '../stock-finders';
import { countSessionReadModel, type CountSessionRow } from './count-session.read-model';

const STATUSES: readonly CountSessionRow['status'][] = ['open', 'closed', 'cancelled'];

class CountSessionsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'MAIN-A01' })
  @IsOptional()
  @LocationCodeField()
  locationCode?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: CountSessionRow['status'];
}

@ApiTags('stock')
@Roles(...COUNT_READERS)
@Controller('api/v1/stock/count-sessions')
export class CountSessionsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** Latest first. */
  @Get()
  @ReadsProjections('stock-count-sessions')
  async list(@Query() query: CountSessionsQuery) {
    const { limit = 100, offset = 0, ...filter } = query;
    const [items, total] = await this.readModels.read(countSessionReadModel, (rows) =>
      rows.findAndCount(stockFinders.countSessions({ ...filter, limit, offset })),
    );
    return { items, total, limit, offset };
  }

  @Get(':sessionId')
  @ReadsProjections('stock-count-sessions')
  async detail(@Param('sessionId', new ParseUUIDPipe()) sessionId: string) {
    const session = await this.readModels.read(countSessionReadModel, (rows) => rows.findOneBy({ sessionId }));
    if (!session) throw new NotFound('count session', sessionId);
    return session;
  }
}
