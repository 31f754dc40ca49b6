import { BusinessDateField, TextField } from '../fields/resources-fields';

export class RecordLeavingRequest {
  @BusinessDateField('2026-06-30', 'First day no longer with the company')
  leftOn: string;

  @TextField('Resigned', 500)
  reason: string;
}
