import { Inject, Injectable } from '@nestjs/common';
import { loadStream, type CommandMetadata, type PipelineDependencies } from '@repaero/event-sourcing';
import { AggregateCommandSender, PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { allocatedNumber, sequenceDecider } from '../../domain/sequence/sequence.decider';
import { sequenceStreamId } from '../../domain/sequence/sequence-stream';
import { sequences } from './work-orders';

/**
 * Gap-free numbers (work orders, EASA Form 1 tracking numbers). Allocated before the document that uses them and
 * idempotent per `allocatedTo`: a retry after a crash between the two appends gets the same number back.
 */
@Injectable()
export class SequenceNumbers {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies,
  ) {}

  async allocate(sequenceName: string, allocatedTo: string, metadata: CommandMetadata): Promise<number> {
    await this.commands.send(sequences, 'AllocateNumber', sequenceName, { allocatedTo, by: metadata.actor.id }, metadata);
    const { state } = await loadStream(this.pipeline, sequenceDecider, sequenceStreamId(sequenceName));
    const number = allocatedNumber(state, allocatedTo);
    if (number === undefined) throw new Error(`${sequenceName} has no number for ${allocatedTo} after allocating one`);
    return number;
  }
}
