import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { ShelfLife } from '../../domain/item/events';
import { BusinessDateField, OptionalTextField } from '../fields/stock-fields';
import { LifeTimesRequest } from '../fields/life-times.request';
import { ReleaseDocumentRequest } from '../fields/release-document.request';
import { LocationCodeField, QuantityField, RequiredTextField } from '../quantity.validators';

const SHELF_LIFE_SOURCES = ['release-document', 'cure-date', 'label'] as const satisfies readonly ShelfLife['source'][];

export class ShelfLifeRequest implements ShelfLife {
  @BusinessDateField('2027-05-31', 'Usable through this date (Europe/Paris)')
  expiresOn: string;

  @ApiProperty({ enum: SHELF_LIFE_SOURCES })
  @IsIn(SHELF_LIFE_SOURCES)
  source: ShelfLife['source'];
}

export class ReceiveItemRequest {
  @ApiProperty({ description: 'The catalogue part (see POST /api/v1/stock/parts)' })
  @IsUUID()
  partId: string;

  @RequiredTextField('4202435-01', 40)
  @ApiProperty({ example: '4202435-01', description: 'PNR scanned or read on the item: the catalogue number or an interchangeable' })
  partNumber: string;

  @OptionalTextField('674A36458', 40, 'SER read on the item (serial-tracked parts)')
  serialNumber?: string;

  @OptionalTextField('B-2026-117', 40, 'Batch or lot read on the item (batch-tracked parts)')
  batchNumber?: string;

  @QuantityField()
  quantity: number;

  @LocationCodeField()
  locationCode: string;

  @ApiPropertyOptional({ type: ReleaseDocumentRequest, description: 'Absent: the item goes to quarantine (DOMAIN rule 1)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReleaseDocumentRequest)
  releaseDocument?: ReleaseDocumentRequest;

  @ApiPropertyOptional({ type: ShelfLifeRequest, description: 'Required for shelf-life parts' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ShelfLifeRequest)
  shelfLife?: ShelfLifeRequest;

  @ApiPropertyOptional({ type: LifeTimesRequest, description: 'Required for life-limited parts to be serviceable' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LifeTimesRequest)
  lifeTimes?: LifeTimesRequest;

  @OptionalTextField('PO-2026-0311', 40)
  purchaseOrderRef?: string;
}
