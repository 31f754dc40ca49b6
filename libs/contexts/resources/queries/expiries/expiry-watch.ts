import type { ActiveReadModels } from '@repaero/projections';
import { calibrationExpiry } from '../../domain/tool/calibration-expiry';
import { technicianExpiries } from '../../domain/technician/expiries';
import { dueWithin, type Expiry } from '../../domain/expiry';
import { resourcesFinders } from '../resources-finders';
import { technicianReadModel } from '../technicians/technician.read-model';
import { toolReadModel } from '../tools/tool.read-model';

const ALL_TOOLS = { limit: 5000, offset: 0 };

/**
 * No table of its own: days left change every day while the facts do not, so expiries are computed as of
 * the date asked from the folded states the technicians and tools read models keep.
 */
export async function technicianExpiriesAsOf(readModels: ActiveReadModels, on: string, withinDays: number): Promise<Expiry[]> {
  const rows = await readModels.read(technicianReadModel, (repository) => repository.find(resourcesFinders.employedOn(on)));
  return dueWithin(
    rows.flatMap((row) => technicianExpiries(row.state, on, withinDays)),
    withinDays,
  );
}

export async function toolExpiriesAsOf(readModels: ActiveReadModels, on: string, withinDays: number): Promise<Expiry[]> {
  const rows = await readModels.read(toolReadModel, (repository) => repository.find(resourcesFinders.tools(ALL_TOOLS)));
  return dueWithin(
    rows.flatMap((row) => calibrationExpiry(row.state, on) ?? []),
    withinDays,
  );
}

/** What has lapsed or lapses within `withinDays` of `on`, technicians and tools together, soonest first. */
export async function expiriesAsOf(readModels: ActiveReadModels, on: string, withinDays: number): Promise<Expiry[]> {
  const [technicians, tools] = await Promise.all([technicianExpiriesAsOf(readModels, on, withinDays), toolExpiriesAsOf(readModels, on, withinDays)]);
  return dueWithin([...technicians, ...tools], withinDays);
}
