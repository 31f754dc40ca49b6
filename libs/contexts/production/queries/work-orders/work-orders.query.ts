import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '@repaero/platform';
import type { WorkOrderStatus } from '../../domain/work-order/events';

const statuses = {
  draft: true,
  open: true,
  in_progress: true,
  awaiting_parts: true,
  ready_for_release: true,
  released: true,
  cancelled: true,
} satisfies Record<WorkOrderStatus, true>;

export const WORK_ORDER_STATUSES = Object.keys(statuses) as readonly WorkOrderStatus[];

export class WorkOrderBoardQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WORK_ORDER_STATUSES })
  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;

  @ApiPropertyOptional({ description: "The team lead's technician id" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  teamLead?: string;
}
