import { Controller, Get, Inject, Param, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { ExportFormatQuery, SerialParams, WorkOrderParams, type ExportFormat } from '../production-query.params';
import { serialHistory, serialHistoryCsv, traceabilityCsv, traceabilityOf } from './traceability.query';

/** `?format=` first (a link a browser opens), then the Accept header; JSON unless CSV is asked for. */
function formatOf(request: Request, query: ExportFormatQuery): ExportFormat {
  if (query.format) return query.format;
  return request.accepts(['application/json', 'text/csv']) === 'text/csv' ? 'csv' : 'json';
}

function csvFile(content: string, name: string): StreamableFile {
  const body = Buffer.from(content, 'utf8');
  return new StreamableFile(body, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}.csv"`, length: body.length });
}

const fileName = (value: string) => value.replace(/[^A-Za-z0-9._-]/g, '_');

@ApiTags('production')
@Controller('api/v1/production')
export class TraceabilityQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** For a quality review: every part (P/N, S/N, certificate), tool (with its calibration), measurement and signature (with the licence used). */
  @Get('work-orders/:workOrderId/traceability')
  @Roles('quality', 'team-lead')
  @ApiProduces('application/json', 'text/csv')
  @ReadsProjections('production-work-orders', 'production-traceability')
  async workOrder(@Req() request: Request, @Param() { workOrderId }: WorkOrderParams, @Query() query: ExportFormatQuery) {
    const trace = await traceabilityOf(this.readModels, workOrderId);
    return formatOf(request, query) === 'csv' ? csvFile(traceabilityCsv(trace), `traceability-${fileName(trace.workOrder.number)}`) : trace;
  }

  /** Every work order a serial number went through: fitted on a task, or the component worked on. */
  @Get('traceability/serials/:serialNumber')
  @Roles('quality', 'team-lead')
  @ApiProduces('application/json', 'text/csv')
  @ReadsProjections('production-work-orders', 'production-traceability')
  async serial(@Req() request: Request, @Param() { serialNumber }: SerialParams, @Query() query: ExportFormatQuery) {
    const items = await serialHistory(this.readModels, serialNumber);
    return formatOf(request, query) === 'csv' ? csvFile(serialHistoryCsv(items), `serial-${fileName(serialNumber)}`) : { serialNumber, items };
  }
}
