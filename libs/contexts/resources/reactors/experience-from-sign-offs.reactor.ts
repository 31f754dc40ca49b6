import { defineReactor } from '@repaero/reactors';
import type { TaskSignedOff } from '../../production/contracts/work-order-events';
import { technicianStreamId } from '../domain/technician/technician-stream';
import { technicianDecider } from '../domain/technician/technician.decider';

/** A signed-off task is a day of relevant maintenance work (145.A.35 recency); several on one day count once (`recentExperienceDays`). */
export const SIGN_OFF_EXPERIENCE_DAYS = 1;

/**
 * Records the signer's experience for each task sign-off. Once: the entry id is the sign-off id, which the
 * technician decider records only once, and the reactor machinery skips a send an earlier delivery applied.
 * A sign-off for a technician unknown here or already gone is refused by the decider: retried, then parked.
 */
export const experienceFromSignOffsReactor = defineReactor({
  name: 'resources-experience-from-sign-offs',
  handles: ['production.TaskSignedOff'],
  async react(event, ctx) {
    const { signOffId, signer, workOrderId, taskId, workedOn, performedAt } = event.data as TaskSignedOff['data'];
    await ctx.send({
      decider: technicianDecider,
      streamId: technicianStreamId(signer.technicianId),
      command: {
        type: 'RecordExperience' as const,
        technicianId: signer.technicianId,
        entryId: signOffId,
        workedOn,
        days: SIGN_OFF_EXPERIENCE_DAYS,
        source: { kind: 'sign-off' as const, workOrderId, taskId },
        by: `reactor:${ctx.reactor}`,
        at: performedAt,
      },
      reason: `task ${taskId} of work order ${workOrderId} signed off`,
    });
  },
});
