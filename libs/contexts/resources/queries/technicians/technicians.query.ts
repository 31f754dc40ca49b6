import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@repaero/platform';
import { PART_66_CATEGORIES, type Part66Category } from '../../domain/technician/part-66';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '$property must be a YYYY-MM-DD date';

export class TechniciansListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'piston-line' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  teamId?: string;

  @ApiPropertyOptional({ enum: ['active', 'left'] })
  @IsOptional()
  @IsIn(['active', 'left'])
  status?: 'active' | 'left';
}

export class AsOfQuery {
  @ApiPropertyOptional({ example: '2026-06-01', description: 'As of this date (default: today, Europe/Paris)' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  on?: string;
}

export class AvailableQuery {
  @ApiProperty({ example: '2026-06-01', description: 'The day of the task (Europe/Paris)' })
  @Matches(DATE, { message: DATE_MESSAGE })
  on: string;

  @ApiPropertyOptional({ enum: PART_66_CATEGORIES, description: "The task's licence category" })
  @IsOptional()
  @IsIn(PART_66_CATEGORIES, { message: `$property must be one of ${PART_66_CATEGORIES.join(', ')}` })
  category?: Part66Category;

  @ApiPropertyOptional({ example: 'DR400' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  aircraftType?: string;
}

export class PeriodQuery {
  @ApiProperty({ example: '2026-08-01', description: 'First day (inclusive)' })
  @Matches(DATE, { message: DATE_MESSAGE })
  from: string;

  @ApiProperty({ example: '2026-08-31', description: 'Last day (inclusive), at most 366 days after `from`' })
  @Matches(DATE, { message: DATE_MESSAGE })
  to: string;
}

export class AbsencesQuery extends PeriodQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  technicianId?: string;
}
