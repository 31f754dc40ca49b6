import { Inject, Injectable } from '@nestjs/common';
import { loadStream, NotFound, type PipelineDependencies } from '@repaero/event-sourcing';
import { PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { partFactsOf, type PartFacts } from '../../domain/catalogue/part-facts';
import { partDecider } from '../../domain/part/part.decider';
import { partStreamId } from '../../domain/part/part-stream';

/**
 * The catalogue facts a receipt is inspected against, folded from the part's own stream rather than
 * read from a projection: a classification made a moment ago must already count.
 */
@Injectable()
export class PartFactsLookup {
  constructor(@Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies) {}

  async factsOf(partId: string): Promise<PartFacts> {
    const { state } = await loadStream(this.pipeline, partDecider, partStreamId(partId));
    if (state.status !== 'registered') throw new NotFound('part', partId);
    return partFactsOf(state);
  }
}
