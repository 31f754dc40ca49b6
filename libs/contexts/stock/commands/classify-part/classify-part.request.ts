import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { PART_CLASSES, PART_TRACKINGS, type PartClass, type PartTracking } from '../../domain/catalogue/events';

export class ClassifyPartRequest {
  @ApiProperty({ enum: PART_CLASSES })
  @IsIn(PART_CLASSES)
  partClass: PartClass;

  @ApiProperty({ enum: PART_TRACKINGS, description: 'LLPs and rotables are tracked by serial number' })
  @IsIn(PART_TRACKINGS)
  tracking: PartTracking;

  @ApiProperty({ description: 'Has an expiry (sealants, elastomers, adhesives…)' })
  @IsBoolean()
  shelfLifeLimited: boolean;

  @ApiProperty({ description: 'Life-limited part: TSN/CSN back to birth required' })
  @IsBoolean()
  lifeLimited: boolean;
}
