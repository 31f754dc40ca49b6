import { RequiredTextField } from '../quantity.validators';

export class UnsubscribeFromAlertsRequest {
  @RequiredTextField('Left the quality team', 500)
  reason: string;
}
