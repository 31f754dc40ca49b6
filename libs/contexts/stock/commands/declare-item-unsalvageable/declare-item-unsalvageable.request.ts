import { RequiredTextField } from '../quantity.validators';

export class DeclareItemUnsalvageableRequest {
  @RequiredTextField('Housing cracked beyond CMM repair limits', 500)
  reason: string;
}
