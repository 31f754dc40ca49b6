import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { BLOCK_11_STATUSES, type Block11Status, type ReleaseDocument } from '../../domain/item/release-document';
import { DocumentTextField, OptionalTextField } from './stock-fields';

const KINDS = ['easa-form-1', 'faa-8130-3', 'bilateral-release', 'certificate-of-conformity'] as const satisfies readonly ReleaseDocument['kind'][];
type Kind = (typeof KINDS)[number];

const isCoc = (document: ReleaseDocumentRequest) => document.kind === 'certificate-of-conformity';

/**
 * The release certificate as read: an EASA Form 1, an FAA 8130-3, another authority's form under a bilateral
 * agreement, or a certificate of conformity. Each kind's own fields are required; their values may be blank
 * when the paper is, and the receiving inspection then holds the item in quarantine (DOMAIN rule 1).
 */
export class ReleaseDocumentRequest {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: Kind;

  @DocumentTextField('F1-2026-0042', 60)
  trackingNumber: string;

  @DocumentTextField('4202435-01', 40)
  partNumber: string;

  @OptionalTextField('674A36458', 40, 'Block 10: serial or batch number')
  serialOrBatchNumber?: string;

  @DocumentTextField('J. Martin', 200)
  signatory: string;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD, blank when the paper has none' })
  @IsString()
  @Matches(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'signedOn must be a YYYY-MM-DD date or blank' })
  signedOn: string;

  @DocumentTextField('documents/2026/F1-2026-0042.pdf', 500)
  fileRef: string;

  @ApiPropertyOptional({ example: 'FR.145.0123', description: 'Block 14c, every kind but a CoC' })
  @ValidateIf((document: ReleaseDocumentRequest) => !isCoc(document))
  @IsString()
  @MaxLength(60)
  approvalReference?: string;

  @ApiPropertyOptional({ enum: BLOCK_11_STATUSES, description: 'Block 11, every kind but a CoC' })
  @ValidateIf((document: ReleaseDocumentRequest) => !isCoc(document))
  @IsIn(BLOCK_11_STATUSES)
  block11Status?: Block11Status;

  @OptionalTextField('Shelf life 24 months from cure date', 1000, 'Block 12')
  remarks?: string;

  @OptionalTextField('FR.145.0123', 60, 'Used parts on an 8130-3 or bilateral form: the EASA dual release')
  easaDualReleaseReference?: string;

  @ApiPropertyOptional({ example: 'TCCA', description: 'Bilateral release only' })
  @ValidateIf((document: ReleaseDocumentRequest) => document.kind === 'bilateral-release')
  @IsString()
  @MaxLength(60)
  authority?: string;

  @ApiPropertyOptional({ example: 'TCCA Form One', description: 'Bilateral release only' })
  @ValidateIf((document: ReleaseDocumentRequest) => document.kind === 'bilateral-release')
  @IsString()
  @MaxLength(60)
  formName?: string;

  @ApiPropertyOptional({ example: 'Aero Distribution 1ABC5', description: 'Certificate of conformity only' })
  @ValidateIf(isCoc)
  @IsString()
  @MaxLength(200)
  issuer?: string;
}

/** The request checked by kind above is the domain's union; this only drops what does not belong to the kind. */
export function toReleaseDocument(request: ReleaseDocumentRequest): ReleaseDocument {
  const { kind, trackingNumber, partNumber, serialOrBatchNumber, signatory, signedOn, fileRef } = request;
  const common = { trackingNumber, partNumber, serialOrBatchNumber, signatory, signedOn, fileRef };
  if (kind === 'certificate-of-conformity') return { kind, ...common, issuer: request.issuer ?? '' };
  const { approvalReference = '', block11Status, remarks, easaDualReleaseReference } = request;
  const authorised = { ...common, approvalReference, block11Status: block11Status as Block11Status, remarks };
  switch (kind) {
    case 'easa-form-1':
      return { kind, ...authorised };
    case 'faa-8130-3':
      return { kind, ...authorised, easaDualReleaseReference };
    case 'bilateral-release':
      return { kind, ...authorised, easaDualReleaseReference, authority: request.authority ?? '', formName: request.formName ?? '' };
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}
