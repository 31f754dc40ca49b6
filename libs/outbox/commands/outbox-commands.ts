import type { CommandRequest } from '@repaero/event-sourcing';
import type { OutboxCommand } from '../domain/outbox-message/commands';
import type { OutboxEvent, OutboxMessage } from '../domain/outbox-message/events';
import { outboxMessageDecider, type OutboxMessageState } from '../domain/outbox-message/outbox-message.decider';
import { outboxStreamId } from '../domain/outbox-message/outbox-stream';

/** A command on one outbox message, short of its metadata: `ctx.send()` in a reactor, or a DeciderCommand once stamped. */
export type OutboxRequest = Omit<CommandRequest<OutboxCommand, OutboxEvent, OutboxMessageState>, 'metadata'>;

/**
 * The intent to send, recorded by a reactor: derive `messageId` from the causing event
 * (`ctx.idFor('sms:' + recipient)`) so that a replay queues the same message, which the decider ignores.
 */
export function queueOutboxMessage(message: OutboxMessage): OutboxRequest {
  return { decider: outboxMessageDecider, streamId: outboxStreamId(message.messageId), command: { type: 'QueueMessage', message } };
}

/** A manual retry of a parked (or failed) message, with a full set of attempts. */
export function requeueOutboxMessage(requeue: { readonly messageId: string; readonly by: string; readonly reason: string; readonly at: string }): OutboxRequest {
  return { decider: outboxMessageDecider, streamId: outboxStreamId(requeue.messageId), command: { type: 'RequeueMessage', ...requeue } };
}
