import { IsOptional } from 'class-validator';
import { QuantityField } from '../quantity.validators';
import { ScannedRequest } from '../record-scan/record-scan.request';

export class RecordCountByScanRequest extends ScannedRequest {
  @IsOptional()
  @QuantityField('Quantity found; default 1 for a serial item, required for a batch (a recount replaces)')
  countedQuantity?: number;
}
