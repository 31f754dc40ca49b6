import { IsOptional } from 'class-validator';
import { LocationCodeField, QuantityField, RequiredTextField } from '../quantity.validators';
import { ScannedRequest } from '../record-scan/record-scan.request';

export class IssueItemByScanRequest extends ScannedRequest {
  @RequiredTextField('WO-2026-0042', 40)
  workOrderRef: string;

  @IsOptional()
  @QuantityField('Quantity issued; default 1 (a label QTY is what was packed, not what goes to the work order)')
  quantity?: number;

  @IsOptional()
  @LocationCodeField()
  locationCode?: string;
}
