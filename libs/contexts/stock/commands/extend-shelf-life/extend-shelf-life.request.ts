import { BusinessDateField, OptionalTextField } from '../fields/stock-fields';
import { RequiredTextField } from '../quantity.validators';

export class ExtendShelfLifeRequest {
  @BusinessDateField('2027-11-30', 'The new expiry, later than the current one')
  expiresOn: string;

  @RequiredTextField('Manufacturer test report TR-2026-88', 200)
  manufacturerDocumentRef: string;

  @OptionalTextField('Re-test passed', 500)
  reason?: string;
}
