import { ApiProperty } from '@nestjs/swagger';
import type { AppendResult } from '@repaero/event-sourcing';

/** What every command answers (ARCHITECTURE rule 8): pass `position` back as X-Consistency-Position to read your write. */
export class CommandAcceptedDto implements AppendResult {
  @ApiProperty({ example: 'part-0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978' })
  streamId: string;

  @ApiProperty({ description: 'Version of the stream after the command', example: 2 })
  version: number;

  @ApiProperty({ description: 'Global log position of the last event written', example: 1042 })
  position: number;

  static from(result: AppendResult): CommandAcceptedDto {
    return Object.assign(new CommandAcceptedDto(), { streamId: result.streamId, version: result.version, position: result.position });
  }
}
