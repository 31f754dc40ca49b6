import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { documentIdFor, manufacturerDocuments } from '../document-sender/manufacturer-documents';
import { RegisterManufacturerDocumentRequest } from './register-manufacturer-document.request';

class DocumentRegisteredResponse extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid', description: 'Derived from the reference: the same reference always names the same document' })
  documentId: string;
}

@ApiTags('production: maintenance data')
@Controller('api/v1/production/documents')
export class RegisterManufacturerDocumentController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Files a document in the library: manufacturer → aircraft or component type → ATA chapter → document. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: DocumentRegisteredResponse })
  async register(@Body() body: RegisterManufacturerDocumentRequest, @CommandContext() metadata: CommandMetadata): Promise<DocumentRegisteredResponse> {
    const documentId = documentIdFor(body.reference);
    const none = { aircraftTypes: [], registrations: [], serialNumbers: [], partNumbers: [] };
    const intent = { ...body, applicability: body.applicability ?? none };
    const accepted = await this.commands.send(manufacturerDocuments, 'RegisterManufacturerDocument', documentId, intent, metadata);
    return Object.assign(accepted, { documentId });
  }
}
