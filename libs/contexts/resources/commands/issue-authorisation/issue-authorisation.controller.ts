import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { IssueAuthorisationRequest } from './issue-authorisation.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/authorisations')
export class IssueAuthorisationController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** The organisation's certification authorisation (145.A.35); it cannot exceed the licence's categories. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  issue(
    @Param() { technicianId }: TechnicianParams,
    @Body() body: IssueAuthorisationRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const { authorisationId, categories, aircraftTypes, components, issuedOn, expiresOn } = body;
    const intent = { authorisationId, scope: { categories, aircraftTypes, components }, issuedOn, expiresOn, by: metadata.actor.id };
    return this.commands.send(technicians, 'IssueCertificationAuthorisation', technicianId, intent, metadata, expectedVersion);
  }
}
