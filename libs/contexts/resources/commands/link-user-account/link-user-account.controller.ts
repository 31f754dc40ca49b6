import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { technicianOfUser } from '../../queries/technicians/technician-directory';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { LinkUserAccountRequest } from './link-user-account.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/user-account')
export class LinkUserAccountController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
  ) {}

  /** Signatures are made by the authenticated person: one user account, one technician. */
  @Put()
  @Roles('quality')
  @ApiOkResponse({ type: CommandAcceptedDto })
  async link(@Param() { technicianId }: TechnicianParams, @Body() body: LinkUserAccountRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    const username = body.username.trim();
    const holder = await technicianOfUser(this.readModels, username);
    return this.commands.send(technicians, 'LinkUserAccount', technicianId, { username, usernameLinkedTo: holder?.technicianId, by: metadata.actor.id }, metadata);
  }
}
