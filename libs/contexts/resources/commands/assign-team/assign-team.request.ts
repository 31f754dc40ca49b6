import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, Matches } from 'class-validator';
import { BusinessDateField, TextField } from '../fields/resources-fields';

export class AssignTeamRequest {
  @ApiProperty({ example: 'piston-line' })
  @Matches(/^[a-z0-9][a-z0-9._-]{0,39}$/, { message: '$property must be 1 to 40 lower-case letters, digits, dots, dashes or underscores' })
  teamId: string;

  @TextField('Piston line', 80)
  teamName: string;

  @ApiProperty({ description: 'The team lead' })
  @IsBoolean()
  teamLead: boolean;

  @BusinessDateField('2026-03-02', 'Member from this date')
  fromOn: string;
}
