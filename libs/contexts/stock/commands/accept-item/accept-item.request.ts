import { RequiredTextField } from '../quantity.validators';

export class AcceptItemRequest {
  @RequiredTextField('Serial number mismatch is a typo on the Form 1; manufacturer confirmed by letter ML-2026-17', 500)
  reason: string;
}
