import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { LabelFormat } from '../../labels/barcode.renderer';

const FORMATS: readonly LabelFormat[] = ['png', 'svg', 'pdf'];

const CONTENT_TYPES: { readonly [F in LabelFormat]: string } = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' };

export class LabelFormatQuery {
  @ApiPropertyOptional({ enum: FORMATS, default: 'png' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: LabelFormat;
}

export function contentTypeOf(format: LabelFormat): string {
  return CONTENT_TYPES[format];
}
