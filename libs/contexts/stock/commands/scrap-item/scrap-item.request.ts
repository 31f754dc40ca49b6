import { RequiredTextField } from '../quantity.validators';

export class ScrapItemRequest {
  @RequiredTextField('Cut through the mounting flange, data plate defaced', 500)
  method: string;
}
