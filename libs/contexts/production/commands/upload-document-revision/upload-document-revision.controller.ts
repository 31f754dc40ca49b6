import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { DOCUMENT_STORAGE, type DocumentStorage } from '@repaero/integrations/documents/document-storage.port';
import { AggregateCommandSender, APP_CONFIG, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles, type AppConfig } from '@repaero/platform';
import type { Request } from 'express';
import { ManufacturerDocumentLookup } from '../document-sender/manufacturer-document.lookup';
import { manufacturerDocuments } from '../document-sender/manufacturer-documents';
import { PDF_MEDIA_TYPE, readPdfBody } from './pdf-body';
import { UploadDocumentRevisionQuery } from './upload-document-revision.request';

@ApiTags('production: maintenance data')
@Controller('api/v1/production/documents/:documentId/revisions')
export class UploadDocumentRevisionController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly documents: ManufacturerDocumentLookup,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'documents'>,
  ) {}

  /**
   * Uploads a revision as a raw PDF body. The SHA-256 is computed here, never taken from the client;
   * the event records the hash and metadata, the bytes go to the document storage.
   */
  @Post()
  @HttpCode(201)
  @Roles('quality')
  @ApiConsumes(PDF_MEDIA_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The PDF (starts with %PDF-), at most REPAERO_DOCUMENT_MAX_MB' })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  @ApiPayloadTooLargeResponse({ description: 'problem+json: the body is larger than REPAERO_DOCUMENT_MAX_MB' })
  async upload(
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Query() query: UploadDocumentRevisionQuery,
    @Req() request: Request,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const bytes = await readPdfBody(request, this.config.documents.maxUploadBytes);
    await this.documents.get(documentId);
    // Stored before the event: a refused command leaves an unreferenced file, never an event without its file.
    const { sha256, size } = await this.storage.put(bytes);
    const file = { sha256, size, fileName: query.fileName, mediaType: PDF_MEDIA_TYPE } as const;
    const uploadedBy = { id: metadata.actor.id, name: metadata.actor.name };
    const intent = { revision: query.revision, effectiveOn: query.effectiveOn, file, uploadedBy };
    return this.commands.send(manufacturerDocuments, 'UploadDocumentRevision', documentId, intent, metadata, expectedVersion);
  }
}
