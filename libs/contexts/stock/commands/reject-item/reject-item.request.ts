import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { UnserviceableTag } from '../../domain/item/events';
import { HoursOrCyclesField } from '../fields/stock-fields';
import { RequiredTextField } from '../quantity.validators';

/** The unserviceable tag (DOMAIN rule 3). */
export class RejectItemRequest implements UnserviceableTag {
  @RequiredTextField('Removed for low output', 500)
  reason: string;

  @RequiredTextField('Brush wear beyond limits, commutator scored', 2000)
  defects: string;

  @HoursOrCyclesField(1250, 'Hours at removal', true)
  hours?: number;

  @HoursOrCyclesField(980, 'Cycles at removal', true)
  cycles?: number;

  @ApiProperty({ example: false, description: 'Removed after an accident or incident' })
  @IsBoolean()
  accidentOrIncident: boolean;
}
