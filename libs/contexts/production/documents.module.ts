import { Module } from '@nestjs/common';
import { DOCUMENT_STORAGE } from '@repaero/integrations/documents/document-storage.port';
import { LocalDirectoryDocumentStorage } from '@repaero/integrations/documents/local-directory-document.storage';
import { AggregateCommandSender, APP_CONFIG, type AppConfig } from '@repaero/platform';
import { ManufacturerDocumentLookup } from './commands/document-sender/manufacturer-document.lookup';
import { RecordDirectiveComplianceController } from './commands/record-directive-compliance/record-directive-compliance.controller';
import { RegisterManufacturerDocumentController } from './commands/register-manufacturer-document/register-manufacturer-document.controller';
import { UploadDocumentRevisionController } from './commands/upload-document-revision/upload-document-revision.controller';
import { MaintenanceDataLookup } from './documents.contracts';
import { ManufacturerDocumentsQueryController } from './queries/manufacturer-documents/manufacturer-documents.query.controller';
import { OverdueDirectivesQueryController } from './queries/overdue-directives/overdue-directives.query.controller';

/** The maintenance data library: manufacturer documents, their PDF revisions, airworthiness directives. */
@Module({
  controllers: [
    RegisterManufacturerDocumentController,
    UploadDocumentRevisionController,
    RecordDirectiveComplianceController,
    OverdueDirectivesQueryController,
    ManufacturerDocumentsQueryController,
  ],
  providers: [
    AggregateCommandSender,
    ManufacturerDocumentLookup,
    MaintenanceDataLookup,
    {
      provide: DOCUMENT_STORAGE,
      useFactory: (config: AppConfig) => new LocalDirectoryDocumentStorage(config.documents.dir),
      inject: [APP_CONFIG],
    },
  ],
  exports: [MaintenanceDataLookup],
})
export class DocumentsModule {}
