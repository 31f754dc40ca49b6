import { RequiredTextField } from '../quantity.validators';

export class RemoveInterchangeablePartRequest {
  @RequiredTextField('4202435-02', 40)
  partNumber: string;

  @RequiredTextField('Superseded by SB 24-0015', 500)
  reason: string;
}
