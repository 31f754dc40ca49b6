import { ALERT_READERS } from '../stock-readers';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ACTIVE_READ_MODELS, PageQuery, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { ALERT_KINDS, type AlertKind } from '../../domain/alert/events';
import { stockFinders } from '../stock-finders';
import { alertReadModel } from './alert.read-model';

class AlertsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'cleared'] })
  @IsOptional()
  @IsIn(['open', 'cleared'])
  status?: 'open' | 'cleared';

  @ApiPropertyOptional({ enum: ALERT_KINDS })
  @IsOptional()
  @IsIn([...ALERT_KINDS])
  kind?: AlertKind;
}

@ApiTags('stock')
@Roles(...ALERT_READERS)
@Controller('api/v1/stock/alerts')
export class AlertsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** Stock alerts, newest first (`?status=open`: what still needs attention). */
  @Get()
  @ReadsProjections('stock-alerts')
  async list(@Query() query: AlertsQuery) {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const [items, total] = await this.readModels.read(alertReadModel, (rows) =>
      rows.findAndCount(stockFinders.alerts({ status: query.status, kind: query.kind, limit, offset })),
    );
    return { items, total, limit, offset };
  }
}
