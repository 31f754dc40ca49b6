import { PageQuery } from '@repaero/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { ConditionStatus } from '../../domain/item/item.decider';

const conditions = {
  RECEIVED: true,
  QUARANTINE: true,
  SERVICEABLE: true,
  UNSERVICEABLE: true,
  IN_REPAIR: true,
  UNSALVAGEABLE: true,
  SCRAPPED: true,
} satisfies Record<ConditionStatus, true>;

export const ITEM_CONDITIONS = Object.keys(conditions) as readonly ConditionStatus[];

export class ItemsListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  partId?: string;

  @ApiPropertyOptional({ enum: ITEM_CONDITIONS })
  @IsOptional()
  @IsIn(ITEM_CONDITIONS)
  condition?: ConditionStatus;

  @ApiPropertyOptional({ description: 'Matched without spaces and case' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  serialNumber?: string;

  @ApiPropertyOptional({ description: 'Matched without spaces and case' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  batchNumber?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'Items still in store that expire before this date, soonest first' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiringBefore must be a YYYY-MM-DD date' })
  expiringBefore?: string;
}
