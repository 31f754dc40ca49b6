import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { RequestValidationFailed } from '@repaero/platform';
import { isBusinessDate } from '@repaero/event-sourcing';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '$property must be a YYYY-MM-DD date';
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const ID_MESSAGE = '$property must be 1 to 64 letters, digits, dots, colons, dashes or underscores';

export class WorkOrderParams {
  @ApiProperty()
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  workOrderId: string;
}

export class TechnicianParams {
  @ApiProperty()
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  technicianId: string;
}

export class PeriodQuery {
  @ApiProperty({ example: '2026-08-01', description: 'First day (inclusive, Europe/Paris)' })
  @Matches(DATE, { message: DATE_MESSAGE })
  from: string;

  @ApiProperty({ example: '2026-08-31', description: 'Last day (inclusive), at most 366 days after `from`' })
  @Matches(DATE, { message: DATE_MESSAGE })
  to: string;
}

export class DayQuery {
  @ApiPropertyOptional({ example: '2026-06-01', description: 'The day (default: today, Europe/Paris)' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  on?: string;
}

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportFormatQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'Overrides the Accept header (a link a browser can open)' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class SerialParams {
  @ApiProperty({ example: 'SN-77', description: 'Matched without spaces, dashes, dots, slashes or case' })
  @IsString()
  @MaxLength(60)
  @Matches(/[A-Za-z0-9]/, { message: '$property must contain a letter or a digit' })
  serialNumber: string;
}

const MAX_PERIOD_DAYS = 366;

export function addDays(on: string, days: number): string {
  const date = new Date(`${on}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 400 naming the field when a date is not a real one or the period is backwards or too long. */
export function requirePeriod({ from, to }: { readonly from: string; readonly to: string }): void {
  const problems = [
    ...(isBusinessDate(from) ? [] : [{ field: 'from', message: 'from must be a real date' }]),
    ...(isBusinessDate(to) ? [] : [{ field: 'to', message: 'to must be a real date' }]),
  ];
  if (problems.length === 0 && (to < from || addDays(from, MAX_PERIOD_DAYS) < to)) problems.push({ field: 'to', message: `to must be from \`from\` to ${MAX_PERIOD_DAYS} days after it` });
  if (problems.length > 0) throw new RequestValidationFailed(problems);
}

export function requireDate(field: string, value: string): void {
  if (!isBusinessDate(value)) throw new RequestValidationFailed([{ field, message: `${field} must be a real date` }]);
}
