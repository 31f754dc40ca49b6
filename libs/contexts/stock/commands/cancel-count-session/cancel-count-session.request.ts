import { RequiredTextField } from '../quantity.validators';

export class CancelCountSessionRequest {
  @RequiredTextField('Location frozen for the authority audit', 500)
  reason: string;
}
