import type { LifeTimes } from '../../domain/item/events';
import { BusinessDateField, HoursOrCyclesField } from './stock-fields';
import { RequiredTextField } from '../quantity.validators';

/** DOMAIN rule 5: since new back to birth, and since the last overhaul when there was one. */
export class LifeTimesRequest implements LifeTimes {
  @HoursOrCyclesField(12450.5, 'Time since new, hours')
  tsnHours: number;

  @HoursOrCyclesField(9800, 'Cycles since new')
  csn: number;

  @HoursOrCyclesField(1200, 'Time since overhaul, hours', true)
  tsoHours?: number;

  @HoursOrCyclesField(950, 'Cycles since overhaul', true)
  cso?: number;

  @BusinessDateField('2026-11-20', 'The date the times are counted to')
  asOf: string;

  @RequiredTextField('Engine log book 3, back-to-birth records', 500)
  recordsRef: string;
}
