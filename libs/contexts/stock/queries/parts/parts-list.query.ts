import { PageQuery } from '@repaero/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PartsListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Prefix of the part number, matched without spaces, dashes or case' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  partNumber?: string;
}
