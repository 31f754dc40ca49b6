import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class TaskCandidatesQuery {
  @ApiProperty({ example: '2026-06-01', description: 'The day of the work (Europe/Paris)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' })
  on: string;
}
