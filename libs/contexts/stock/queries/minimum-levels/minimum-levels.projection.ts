import { defineProjection } from '@repaero/projections';
import type { PartMinimumLevelCleared, PartMinimumLevelSet } from '../../domain/catalogue/events';
import { minimumLevelReadModel } from './minimum-level.read-model';

export const minimumLevelsProjection = defineProjection({
  name: 'stock-minimum-levels',
  version: 1,
  readModels: [minimumLevelReadModel],
  handles: ['stock.PartMinimumLevelSet', 'stock.PartMinimumLevelCleared'],
  async apply(event, ctx) {
    const levels = ctx.rows(minimumLevelReadModel);
    if (event.type === 'stock.PartMinimumLevelSet') {
      const { partId, locationCode, minimumLevel, reorderQuantity, unit, setAt } = (event as unknown as PartMinimumLevelSet).data;
      levels.put({ partId, locationCode, minimumLevel, reorderQuantity, unit, setAt });
      return;
    }
    const { partId, locationCode } = (event as unknown as PartMinimumLevelCleared).data;
    levels.delete({ partId, locationCode });
  },
});
