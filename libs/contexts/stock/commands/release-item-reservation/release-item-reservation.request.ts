import { OptionalTextField } from '../fields/stock-fields';
import { RequiredTextField } from '../quantity.validators';

export class ReleaseItemReservationRequest {
  @RequiredTextField('WO-2026-0042', 40)
  workOrderRef: string;

  @OptionalTextField('Task deferred to the next check', 500)
  reason?: string;
}
