import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** The revision's metadata travels in the query string; the body is the PDF itself (`Content-Type: application/pdf`). */
export class UploadDocumentRevisionQuery {
  @ApiProperty({ example: 12, description: 'Revision number; each upload is newer than the last' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(999_999)
  revision: number;

  @ApiProperty({ example: '2026-01-15', format: 'date', description: 'The date (Europe/Paris) from which this revision is the current one' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn must be a YYYY-MM-DD date' })
  effectiveOn: string;

  @ApiProperty({ example: 'amm-32-11-00-r12.pdf', description: 'Offered back as the download file name' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[^/\\\u0000-\u001f]+$/, { message: 'fileName must be a plain file name' })
  fileName: string;
}
