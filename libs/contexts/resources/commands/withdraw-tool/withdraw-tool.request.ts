import { BusinessDateField, TextField } from '../fields/resources-fields';

export class WithdrawToolRequest {
  @BusinessDateField('2026-04-01')
  withdrawnOn: string;

  @TextField('Dropped from the wing', 500)
  reason: string;
}
