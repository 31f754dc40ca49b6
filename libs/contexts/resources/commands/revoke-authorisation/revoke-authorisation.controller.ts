import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { technicians } from '../resources-aggregates';
import { RevokeAuthorisationParams, RevokeAuthorisationRequest } from './revoke-authorisation.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/authorisations/:authorisationId/revocation')
export class RevokeAuthorisationController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  revoke(@Param() { technicianId, authorisationId }: RevokeAuthorisationParams, @Body() body: RevokeAuthorisationRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(technicians, 'RevokeCertificationAuthorisation', technicianId, { ...body, authorisationId, by: metadata.actor.id }, metadata);
  }
}
