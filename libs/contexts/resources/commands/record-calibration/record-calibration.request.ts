import { BusinessDateField, TextField } from '../fields/resources-fields';

/** A calibration found in tolerance; one out of tolerance is `POST …/out-of-tolerance`. */
export class CalibrationRequest {
  @BusinessDateField('2026-01-15')
  performedOn: string;

  @TextField('CAL-2026-001', 60, 'Calibration certificate reference')
  certificateRef: string;
}
