import { BusinessDateField, TextField } from '../fields/resources-fields';

export class RecordOutOfToleranceRequest {
  @BusinessDateField('2026-05-10')
  foundOn: string;

  @TextField('Reads 8% high at 40 Nm', 500)
  note: string;
}
