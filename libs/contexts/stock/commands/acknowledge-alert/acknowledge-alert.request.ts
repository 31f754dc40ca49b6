import { RequiredTextField } from '../quantity.validators';

export class AcknowledgeAlertRequest {
  @RequiredTextField('Order placed with the supplier, delivery on Thursday', 500)
  reason: string;
}
