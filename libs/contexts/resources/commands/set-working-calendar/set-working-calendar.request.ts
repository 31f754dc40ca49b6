import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsIn, Matches } from 'class-validator';
import type { IsoWeekday } from '../../domain/technician/events';
import { BusinessDateField } from '../fields/resources-fields';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const satisfies readonly IsoWeekday[];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SetWorkingCalendarRequest {
  @ApiProperty({ example: [1, 2, 3, 4, 5], description: 'ISO weekdays worked: 1 Monday … 7 Sunday; the others are days off' })
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(WEEKDAYS, { each: true, message: 'each value in $property must be a weekday 1 (Monday) to 7 (Sunday)' })
  workingDays: IsoWeekday[];

  @ApiProperty({ example: '07:30', description: 'Shift start, Europe/Paris HH:MM' })
  @Matches(TIME, { message: '$property must be a HH:MM time' })
  startsAt: string;

  @ApiProperty({ example: '16:00', description: 'Shift end, Europe/Paris HH:MM (before the start: a night shift)' })
  @Matches(TIME, { message: '$property must be a HH:MM time' })
  endsAt: string;

  @BusinessDateField('2026-03-02', 'In force from this date')
  fromOn: string;
}
