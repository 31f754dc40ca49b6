import type { BoundedContext } from '../bounded-context';
import { TECHNICIAN_CATEGORY } from './domain/technician/technician-stream';
import { technicianDecider } from './domain/technician/technician.decider';
import { TOOL_CATEGORY } from './domain/tool/tool-stream';
import { toolDecider } from './domain/tool/tool.decider';
import { techniciansProjection } from './queries/technicians/technicians.projection';
import { toolsProjection } from './queries/tools/tools.projection';
import { experienceFromSignOffsReactor } from './reactors/experience-from-sign-offs.reactor';
import { ResourcesModule } from './resources.module';

export const resourcesContext: BoundedContext = {
  name: 'resources',
  module: ResourcesModule,
  aggregates: [
    { category: TECHNICIAN_CATEGORY, decider: technicianDecider },
    { category: TOOL_CATEGORY, decider: toolDecider },
  ],
  projections: [techniciansProjection, toolsProjection],
  reactors: [experienceFromSignOffsReactor],
};
