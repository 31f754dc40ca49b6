import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, CurrentUser, IfMatchVersion, ReadsProjections, Roles, type AuthenticatedUser } from '@repaero/platform';
import { WORK_ORDERS_ROUTE } from '../work-order-sender/work-order-fields';
import { IssueCrsHandler, type CrsIssued } from './issue-crs.handler';
import { IssueCrsRequest } from './issue-crs.request';

@ApiTags('production: release')
@Controller(WORK_ORDERS_ROUTE)
export class IssueCrsController {
  constructor(private readonly crs: IssueCrsHandler) {}

  /**
   * The certificate of release to service, signed by the authenticated user's technician as certifying staff on the
   * CRS date. A CRS never changes: a second one is refused (`production.crs-already-issued`); amend or cancel it instead.
   */
  @Post(':workOrderId/crs')
  @Roles('technician', 'quality')
  @ReadsProjections('resources-technicians')
  @ApiHeader({ name: 'X-Device-Id', required: true, description: 'The device the signature is made on (DOMAIN rule 16)' })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  issue(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: IssueCrsRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CrsIssued> {
    return this.crs.issue(workOrderId, body, user, metadata, expectedVersion);
  }
}
