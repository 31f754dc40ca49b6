import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQuery } from '@repaero/platform';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ToolsListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-09-01', description: 'Calibration planning: tools due before this date, or never calibrated' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2026-06-01', description: 'Status as of this date (default: today, Europe/Paris)' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  on?: string;
}

export class ToolAsOfQuery {
  @ApiPropertyOptional({ example: '2026-06-01', description: 'Status and calibration validity as of this date (default: today, Europe/Paris)' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  on?: string;
}
