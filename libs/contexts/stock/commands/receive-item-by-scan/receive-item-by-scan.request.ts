import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { OptionalTextField } from '../fields/stock-fields';
import { ReleaseDocumentRequest } from '../fields/release-document.request';
import { LocationCodeField, QuantityField } from '../quantity.validators';
import { ScannedRequest } from '../record-scan/record-scan.request';

export class ReceiveItemByScanRequest extends ScannedRequest {
  @LocationCodeField()
  locationCode: string;

  @IsOptional()
  @QuantityField('Quantity received; default the QTY on the label, else 1')
  quantity?: number;

  @ApiPropertyOptional({ type: ReleaseDocumentRequest, description: 'Absent: the item goes to quarantine (DOMAIN rule 1)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReleaseDocumentRequest)
  releaseDocument?: ReleaseDocumentRequest;

  @OptionalTextField('PO-2026-0311', 40)
  purchaseOrderRef?: string;
}
