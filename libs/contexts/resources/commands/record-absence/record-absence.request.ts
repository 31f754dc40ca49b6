import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { AbsenceKind } from '../../domain/technician/events';
import { BusinessDateField } from '../fields/resources-fields';

export const ABSENCE_KINDS = ['leave', 'sickness', 'training', 'other'] as const satisfies readonly AbsenceKind[];

export class RecordAbsenceRequest {
  @ApiProperty({ enum: ABSENCE_KINDS })
  @IsIn(ABSENCE_KINDS)
  kind: AbsenceKind;

  @BusinessDateField('2026-08-03', 'First day away')
  fromOn: string;

  @BusinessDateField('2026-08-21', 'Last day away (inclusive)')
  toOn: string;
}
