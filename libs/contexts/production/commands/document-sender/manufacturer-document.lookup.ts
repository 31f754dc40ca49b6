import { Inject, Injectable } from '@nestjs/common';
import { loadStream, NotFound, type PipelineDependencies } from '@repaero/event-sourcing';
import { PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { manufacturerDocumentDecider, type ManufacturerDocument } from '../../domain/manufacturer-document/manufacturer-document.decider';
import { manufacturerDocumentStreamId } from '../../domain/manufacturer-document/manufacturer-document-stream';
import { documentIdFor } from './manufacturer-documents';

/** A document folded from its own stream, not read from a projection: a revision uploaded a moment ago already counts. */
@Injectable()
export class ManufacturerDocumentLookup {
  constructor(@Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies) {}

  async find(documentId: string): Promise<ManufacturerDocument | undefined> {
    const { state } = await loadStream(this.pipeline, manufacturerDocumentDecider, manufacturerDocumentStreamId(documentId));
    return state.status === 'registered' ? state : undefined;
  }

  async get(documentId: string): Promise<ManufacturerDocument> {
    const document = await this.find(documentId);
    if (!document) throw new NotFound('manufacturer document', documentId);
    return document;
  }

  byReference(reference: string): Promise<ManufacturerDocument | undefined> {
    return this.find(documentIdFor(reference));
  }
}
