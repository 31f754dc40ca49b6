import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { manufacturerDocuments } from '../document-sender/manufacturer-documents';
import { RecordDirectiveComplianceRequest } from './record-directive-compliance.request';

@ApiTags('production: maintenance data')
@Controller('api/v1/production/airworthiness-directives/:documentId/compliance')
export class RecordDirectiveComplianceController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Compliance with an AD for one aircraft, with the work order that did it: the AD stops blocking its CRS. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Body() body: RecordDirectiveComplianceRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const { registration, aircraftType, serialNumber, workOrderRef, compliedOn } = body;
    const aircraft = { registration, aircraftType, ...(serialNumber ? { serialNumber } : {}) };
    return this.commands.send(manufacturerDocuments, 'RecordDirectiveCompliance', documentId, { aircraft, workOrderRef, compliedOn }, metadata, expectedVersion);
  }
}
