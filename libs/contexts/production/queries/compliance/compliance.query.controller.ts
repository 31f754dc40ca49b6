import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Clock } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CLOCK, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { businessDateOf } from '@repaero/event-sourcing';
import type { ExistingWorkOrder } from '../../domain/work-order/work-order-state';
import { overdueDirectives } from '../overdue-directives/overdue-directives.query';
import { productionFinders } from '../production-finders';
import { requireDate } from '../production-query.params';
import { workOrderReadModel } from '../work-orders/work-order.read-model';
import { complianceOf } from './compliance';

class ComplianceQuery {
  @ApiPropertyOptional({ example: '2026-06-01', description: 'The CRS date the ADs are judged on (default: today, Europe/Paris)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' })
  on?: string;

  @ApiPropertyOptional({ description: "The team lead's technician id" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  teamLead?: string;

  @ApiPropertyOptional({ enum: ['blocked', 'all'], default: 'blocked', description: '`all` also lists the work orders that could be released now' })
  @IsOptional()
  @IsIn(['blocked', 'all'])
  show?: 'blocked' | 'all';
}

/** The ADs overdue for an aircraft on `on`, as the maintenance data library computes them; a component has none here. */
function overdueFor(readModels: ActiveReadModels, state: ExistingWorkOrder, on: string): Promise<string[]> {
  const { subject } = state;
  if (subject.kind !== 'aircraft') return Promise.resolve([]);
  return overdueDirectives(readModels, subject, on).then((directives) => directives.map((directive) => directive.reference));
}

@ApiTags('production')
@Controller('api/v1/production/compliance')
export class ComplianceQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Every work order not released and not cancelled that cannot receive its CRS yet, with every reason and its rule code
   * (the codes the CRS would refuse with), and warnings that do not block (maintenance data not in the library).
   * The signer's own qualification (rule 13) is not judged here: it depends on who signs.
   */
  @Get()
  @Roles('team-lead', 'quality')
  @ReadsProjections('production-work-orders', 'production-directives')
  async compliance(@Query() query: ComplianceQuery) {
    const on = query.on ?? businessDateOf(this.clock.now());
    requireDate('on', on);
    const rows = await this.readModels.read(workOrderReadModel, (repository) => repository.find(productionFinders.unreleased(query)));
    const items = [];
    for (const { state, ...row } of rows) {
      const { blockers, warnings } = complianceOf(state, await overdueFor(this.readModels, state, on));
      if (blockers.length === 0 && query.show !== 'all') continue;
      items.push({
        workOrderId: row.workOrderId,
        number: row.number,
        customerRef: row.customerRef,
        status: row.status,
        teamLeadId: row.teamLeadId,
        subjectKind: row.subjectKind,
        registration: row.registration,
        partNumber: row.partNumber,
        serialNumber: row.serialNumber,
        canReceiveCrs: blockers.length === 0,
        blockers,
        warnings,
      });
    }
    return { on, items };
  }
}
