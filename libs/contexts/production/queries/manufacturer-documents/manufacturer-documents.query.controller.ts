import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { NotFound, type Clock } from '@repaero/event-sourcing';
import { DOCUMENT_STORAGE, type DocumentStorage } from '@repaero/integrations/documents/document-storage.port';
import { ACTIVE_READ_MODELS, CLOCK, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import type { Response } from 'express';
import { ManufacturerDocumentLookup } from '../../commands/document-sender/manufacturer-document.lookup';
import { businessDateOf } from '@repaero/event-sourcing';
import { currentRevisionOn } from '../../domain/manufacturer-document/current-revision';
import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/manufacturer-document/events';
import type { ManufacturerDocument, RevisionOnFile } from '../../domain/manufacturer-document/manufacturer-document.decider';
import { manufacturerDocumentReadModel, type ManufacturerDocumentRow } from './manufacturer-document.read-model';

const READERS = ['technician', 'team-lead', 'quality'] as const;

class BrowseDocumentsQuery {
  @ApiPropertyOptional({ example: 'Textron Aviation' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  manufacturer?: string;

  @ApiPropertyOptional({ example: 'C172', description: 'Aircraft or component type' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  type?: string;

  @ApiPropertyOptional({ example: '32', description: 'ATA chapter' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'ata must be two digits, e.g. 32' })
  ata?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;
}

class OnDateQuery {
  @ApiPropertyOptional({ example: '2026-03-02', format: 'date', description: 'Europe/Paris date; today when absent' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a YYYY-MM-DD date' })
  on?: string;
}

class RevisionParams {
  @IsString()
  documentId: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision: number;
}

@ApiTags('production: maintenance data')
@Controller('api/v1/production/documents')
export class ManufacturerDocumentsQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly documents: ManufacturerDocumentLookup,
  ) {}

  /** Browses the library: manufacturer → aircraft or component type → ATA chapter → document, any level filtered. */
  @Get()
  @Roles(...READERS)
  @ReadsProjections('production-documents')
  async browse(@Query() query: BrowseDocumentsQuery): Promise<{ items: ManufacturerDocumentRow[] }> {
    const items = await this.readModels.read(manufacturerDocumentReadModel, (rows) =>
      rows.find({
        where: {
          ...(query.manufacturer ? { manufacturer: query.manufacturer.trim() } : {}),
          ...(query.type ? { typeDesignation: query.type.trim() } : {}),
          ...(query.ata ? { ataChapter: query.ata } : {}),
          ...(query.kind ? { kind: query.kind } : {}),
        },
        order: { manufacturer: 'ASC', typeDesignation: 'ASC', ataChapter: 'ASC', referenceKey: 'ASC' },
        take: 1000,
      }),
    );
    return { items };
  }

  /** The document with every revision on file, folded from its stream. */
  @Get(':documentId')
  @Roles(...READERS)
  async document(@Param('documentId', new ParseUUIDPipe()) documentId: string): Promise<ManufacturerDocument> {
    return this.documents.get(documentId);
  }

  /** The revision in force on a date: the latest one effective on or before it (DOMAIN rule 8). */
  @Get(':documentId/current')
  @Roles(...READERS)
  async current(@Param('documentId', new ParseUUIDPipe()) documentId: string, @Query() query: OnDateQuery): Promise<RevisionOnFile & { on: string; reference: string }> {
    const document = await this.documents.get(documentId);
    const on = query.on ?? businessDateOf(this.clock.now());
    const current = currentRevisionOn(document.revisions, on);
    if (!current) throw new NotFound(`revision of ${document.reference} in force on`, on);
    return { ...current, on, reference: document.reference };
  }

  /** The PDF of a revision, as uploaded; its ETag is the SHA-256 the event recorded. */
  @Get(':documentId/revisions/:revision/content')
  @Roles(...READERS)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  async content(@Param() params: RevisionParams, @Res() response: Response): Promise<void> {
    const document = await this.documents.get(params.documentId);
    const revision = document.revisions.find((onFile) => onFile.revision === params.revision);
    if (!revision) throw new NotFound(`revision ${params.revision} of`, document.reference);
    const etag = `"${revision.file.sha256}"`;
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    if (response.req.headers['if-none-match'] === etag) {
      response.status(304).end();
      return;
    }
    const bytes = await this.storage.get(revision.file.sha256);
    if (!bytes) throw new NotFoundException(`the file of revision ${revision.revision} of ${document.reference} is missing from the document storage`);
    response
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', contentDisposition(revision.file.fileName))
      .send(bytes);
  }
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
