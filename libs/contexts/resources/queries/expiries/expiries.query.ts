import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const MAX_WITHIN_DAYS = 366;

export class ExpiriesQuery {
  @ApiPropertyOptional({ example: 60, default: 60, description: `Lapsing within this many days (0-${MAX_WITHIN_DAYS}); lapsed ones are always listed` })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WITHIN_DAYS)
  within?: number;

  @ApiPropertyOptional({ example: '2026-06-01', description: 'As of this date (default: today, Europe/Paris)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' })
  on?: string;
}
