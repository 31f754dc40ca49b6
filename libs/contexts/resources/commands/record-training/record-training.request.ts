import { BusinessDateField, TextField } from '../fields/resources-fields';

export class RecordTrainingRequest {
  @BusinessDateField('2025-11-20')
  completedOn: string;

  @TextField('Human factors refresher', 200)
  course: string;
}
