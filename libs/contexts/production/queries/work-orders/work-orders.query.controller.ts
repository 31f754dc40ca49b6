import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { productionFinders, WORK_ORDER_SUMMARY } from '../production-finders';
import { WorkOrderParams } from '../production-query.params';
import { defectReadModel, type DefectRow } from '../traceability/traceability.read-models';
import { taskReadModel, type TaskRow } from './task.read-model';
import { workOrderReadModel } from './work-order.read-model';
import { WorkOrderBoardQuery } from './work-orders.query';

@ApiTags('production')
@Controller('api/v1/production/work-orders')
export class WorkOrdersQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** The board: work orders by status and team lead, by number. */
  @Get()
  @Roles('team-lead', 'quality')
  @ReadsProjections('production-work-orders')
  async board(@Query() query: WorkOrderBoardQuery) {
    const { limit = 100, offset = 0, ...filter } = query;
    const [items, total] = await this.readModels.read(workOrderReadModel, (rows) => rows.findAndCount(productionFinders.board({ ...filter, limit, offset })));
    return { items, total, limit, offset };
  }

  /** The work order with its tasks (data, assignees, sign-off and inspection as signed) and its defects. */
  @Get(':workOrderId')
  @Roles('team-lead', 'quality', 'technician')
  @ReadsProjections('production-work-orders', 'production-traceability')
  async detail(@Param() { workOrderId }: WorkOrderParams) {
    const workOrder = await this.readModels.read(workOrderReadModel, (rows) => rows.findOne({ select: WORK_ORDER_SUMMARY, where: { workOrderId } }));
    if (!workOrder) throw new NotFound('work order', workOrderId);
    const [tasks, defects] = await Promise.all([
      this.readModels.read(taskReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<TaskRow>(workOrderId, { position: 'ASC' }))),
      this.readModels.read(defectReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<DefectRow>(workOrderId, { raisedOn: 'ASC', defectId: 'ASC' }))),
    ]);
    return { ...workOrder, tasks, defects };
  }
}
