import { defineReactor } from '@repaero/reactors';
import type { CountSessionClosed } from '../domain/count/events';
import { stockItemStreamId } from '../domain/item/item-stream';
import { itemDecider } from '../domain/item/item.decider';

/**
 * Applies each difference of a closed count session to its item as `AdjustItemQuantity { countSessionId }`.
 *
 * Once: the reactor machinery recognises a send already applied by an earlier delivery (derived event ids),
 * and the item decider itself records nothing for a count session it has already applied.
 *
 * Roles: `itemDecider` lets only a storekeeper (or an admin) adjust stock, and the reactor's own actor has
 * no roles. The adjustment is the storekeeper's decision taken when closing the session, so the command
 * carries the roles of the actor who closed it (`event.metadata.actor.roles`, checked by the count-session
 * decider at close time); the stored event's metadata still names `reactor:count-adjustments` as actor,
 * with the closing event as causation, so the audit trail leads back to that storekeeper.
 *
 * An adjustment the item refuses (stock moved since the count: negative stock, item no longer in store)
 * fails the reaction: it is retried, then parked for an operator; the adjustments already applied stay applied
 * and a retry of the parked event skips them.
 */
export const countAdjustmentsReactor = defineReactor({
  name: 'count-adjustments',
  handles: ['stock.CountSessionClosed'],
  async react(event, ctx) {
    const { sessionId, locationCode, adjustments, closedAt } = event.data as CountSessionClosed['data'];
    const actorRoles = event.metadata.actor.roles;
    for (const adjustment of adjustments) {
      await ctx.send({
        decider: itemDecider,
        streamId: stockItemStreamId(adjustment.itemId),
        command: {
          type: 'AdjustItemQuantity' as const,
          itemId: adjustment.itemId,
          locationCode,
          quantityDelta: adjustment.quantityDelta,
          reason: adjustment.reason,
          countSessionId: sessionId,
          actorRoles,
          at: closedAt,
        },
        reason: `count session ${sessionId}`,
        key: `adjust:${adjustment.itemId}`,
      });
    }
  },
});
