import { BusinessDateField, TextField } from '../fields/resources-fields';

export class ReturnToolToServiceRequest {
  @BusinessDateField('2026-04-03')
  returnedOn: string;

  @TextField('Inspected, no damage', 500)
  reason: string;
}
