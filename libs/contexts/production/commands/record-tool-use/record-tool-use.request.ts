import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { OptionalBusinessDateField, OptionalIdField } from '../work-order-sender/work-order-fields';

export class RecordToolUseRequest {
  @OptionalIdField('The tool use id')
  toolUseId?: string;

  @ApiProperty({ example: 'TQW-0042', description: "The tool's identification code (resources tools register)" })
  @Matches(/^[A-Z0-9][A-Z0-9._-]{0,31}$/, { message: 'toolId must be 1 to 32 capital letters, digits, dots, dashes or underscores' })
  toolId: string;

  @OptionalBusinessDateField('The day the tool was used')
  usedOn?: string;
}
