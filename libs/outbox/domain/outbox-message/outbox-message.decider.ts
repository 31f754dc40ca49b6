import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { nextSmsStatus } from '@repaero/integrations/twilio/sms-status';
import type { SmsStatus } from '@repaero/integrations/twilio/sms.port';
import type { DeliveryFailure, OutboxCommand } from './commands';
import type { DeliveryFailed, OutboxEvent, OutboxMessage } from './events';

interface Tracked {
  readonly message: OutboxMessage;
  /** Attempts started since the message was queued (never reset: attempt numbers stay unique). */
  readonly attempts: number;
  /** `attempts` when it was last (re)queued: the park threshold counts from here. */
  readonly budgetFrom: number;
  /** The provider's last reported status (status callbacks), kept across attempts. */
  readonly providerStatus?: SmsStatus;
}

export type OutboxMessageState =
  | { readonly status: 'none' }
  | (Tracked & { readonly status: 'queued' })
  | (Tracked & { readonly status: 'sending'; readonly attemptStartedAt: string })
  | (Tracked & { readonly status: 'failed'; readonly retryAt: string; readonly lastFailure: DeliveryFailure })
  | (Tracked & { readonly status: 'delivered'; readonly providerId: string; readonly deliveredAt: string })
  | (Tracked & { readonly status: 'parked'; readonly reason: string });

export const outboxRules = {
  messageIdReused: 'outbox.message-id-reused',
  recipientRequired: 'outbox.recipient-required',
  payloadIncomplete: 'outbox.payload-incomplete',
  attemptInProgress: 'outbox.attempt-in-progress',
  attemptOutOfOrder: 'outbox.attempt-out-of-order',
  retryNotDue: 'outbox.retry-not-due',
  alreadyDelivered: 'outbox.already-delivered',
  parked: 'outbox.message-parked',
  notRequeueable: 'outbox.not-requeueable',
  reasonRequired: 'outbox.requeue-reason-required',
} as const;

function requireComplete(message: OutboxMessage): void {
  if (!message.recipient.trim()) throw new BusinessRuleViolation(outboxRules.recipientRequired, 'a message needs a recipient');
  const missing = message.channel === 'sms' ? (!message.payload.body.trim() ? ['body'] : []) : ['subject', 'text'].filter((field) => !message.payload[field as 'subject' | 'text'].trim());
  if (!message.dedupeKey.trim()) missing.push('dedupeKey');
  if (missing.length > 0) {
    throw new BusinessRuleViolation(outboxRules.payloadIncomplete, `a ${message.channel} message needs ${missing.join(', ')}`, { missing });
  }
}

function parkReason(failure: DeliveryFailure, attemptsInBudget: number, maxAttempts: number): string | undefined {
  if (!failure.retryable) return `${failure.kind}: ${failure.message}`;
  if (attemptsInBudget >= maxAttempts) return `${attemptsInBudget} attempts failed, the last with ${failure.kind}: ${failure.message}`;
  return undefined;
}

function decideAttempt(command: Extract<OutboxCommand, { type: 'StartAttempt' }>, state: Exclude<OutboxMessageState, { status: 'none' }>): OutboxEvent[] {
  switch (state.status) {
    case 'sending':
      throw new BusinessRuleViolation(outboxRules.attemptInProgress, `attempt ${state.attempts} is in progress`, { attempt: state.attempts });
    case 'delivered':
      throw new BusinessRuleViolation(outboxRules.alreadyDelivered, 'the message was delivered', { providerId: state.providerId });
    case 'parked':
      throw new BusinessRuleViolation(outboxRules.parked, 'a parked message must be requeued first', { reason: state.reason });
    case 'failed':
      if (Date.parse(command.at) < Date.parse(state.retryAt)) {
        throw new BusinessRuleViolation(outboxRules.retryNotDue, `the next attempt is due at ${state.retryAt}`, { retryAt: state.retryAt });
      }
      break;
    case 'queued':
      break;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
  if (command.attempt !== state.attempts + 1) {
    throw new BusinessRuleViolation(outboxRules.attemptOutOfOrder, `the next attempt is ${state.attempts + 1}`, { attempt: command.attempt });
  }
  return [{ type: 'outbox.DeliveryAttempted', data: { messageId: command.messageId, attempt: command.attempt, at: command.at } }];
}

function decideFailure(command: Extract<OutboxCommand, { type: 'RecordFailure' }>, state: Exclude<OutboxMessageState, { status: 'none' }>): OutboxEvent[] {
  // The outcome of an attempt already settled (delivered, or given up as interrupted) changes nothing.
  if (state.status !== 'sending' || state.attempts !== command.attempt) return [];
  const { messageId, attempt, failure, at } = command;
  const reason = parkReason(failure, state.attempts - state.budgetFrom, command.maxAttempts);
  const failed: DeliveryFailed = {
    type: 'outbox.DeliveryFailed',
    data: {
      messageId,
      attempt,
      kind: failure.kind,
      ...(failure.code !== undefined ? { code: failure.code } : {}),
      message: failure.message,
      ...(reason === undefined ? { retryAt: command.retryAt } : {}),
      at,
    },
  };
  return reason === undefined ? [failed] : [failed, { type: 'outbox.MessageParked', data: { messageId, reason, at } }];
}

function decide(command: OutboxCommand, state: OutboxMessageState): readonly OutboxEvent[] {
  if (command.type === 'QueueMessage') {
    const { message } = command;
    if (state.status !== 'none') {
      if (state.message.dedupeKey === message.dedupeKey) return [];
      throw new BusinessRuleViolation(outboxRules.messageIdReused, `message ${message.messageId} was queued for another purpose`, {
        dedupeKey: state.message.dedupeKey,
      });
    }
    requireComplete(message);
    return [{ type: 'outbox.MessageQueued', data: message }];
  }
  if (state.status === 'none') throw new NotFound('outbox message', command.messageId);
  switch (command.type) {
    case 'StartAttempt':
      return decideAttempt(command, state);
    case 'RecordDelivery':
      if (state.status === 'delivered') return [];
      if (command.attempt < 1 || command.attempt > state.attempts) {
        throw new BusinessRuleViolation(outboxRules.attemptOutOfOrder, `attempt ${command.attempt} was never started`, { attempt: command.attempt });
      }
      // Even an attempt presumed interrupted: the peer accepted it, and that is what happened.
      return [{ type: 'outbox.MessageDelivered', data: { messageId: command.messageId, attempt: command.attempt, providerId: command.providerId, at: command.at } }];
    case 'RecordFailure':
      if (command.attempt < 1 || command.attempt > state.attempts) {
        throw new BusinessRuleViolation(outboxRules.attemptOutOfOrder, `attempt ${command.attempt} was never started`, { attempt: command.attempt });
      }
      return decideFailure(command, state);
    case 'RequeueMessage':
      if (!command.reason.trim()) throw new BusinessRuleViolation(outboxRules.reasonRequired, 'say why the message is sent again');
      if (state.status !== 'parked' && state.status !== 'failed') {
        throw new BusinessRuleViolation(outboxRules.notRequeueable, `a ${state.status} message cannot be requeued`, { status: state.status });
      }
      return [{ type: 'outbox.MessageRequeued', data: { messageId: command.messageId, by: command.by, reason: command.reason.trim(), at: command.at } }];
    case 'ReportDeliveryStatus': {
      // Out-of-order, duplicate or inbound statuses record nothing: a late `sent` never undoes `delivered`.
      const next = nextSmsStatus(state.providerStatus, command.providerStatus);
      if (next === undefined) return [];
      const { messageId, errorCode, at } = command;
      return [{ type: 'outbox.DeliveryStatusReported', data: { messageId, providerStatus: next, ...(errorCode !== undefined ? { errorCode } : {}), at } }];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function tracked(state: OutboxMessageState): Tracked | undefined {
  if (state.status === 'none') return undefined;
  return { message: state.message, attempts: state.attempts, budgetFrom: state.budgetFrom, ...(state.providerStatus ? { providerStatus: state.providerStatus } : {}) };
}

function evolve(state: OutboxMessageState, event: OutboxEvent): OutboxMessageState {
  if (event.type === 'outbox.MessageQueued') return { status: 'queued', message: event.data, attempts: 0, budgetFrom: 0 };
  const base = tracked(state);
  if (!base) return state;
  switch (event.type) {
    case 'outbox.DeliveryAttempted':
      return { ...base, status: 'sending', attempts: event.data.attempt, attemptStartedAt: event.data.at };
    case 'outbox.MessageDelivered':
      return { ...base, status: 'delivered', providerId: event.data.providerId, deliveredAt: event.data.at };
    case 'outbox.DeliveryFailed': {
      const { kind, code, message, retryAt, at } = event.data;
      const retryable = retryAt !== undefined;
      return { ...base, status: 'failed', retryAt: retryAt ?? at, lastFailure: { kind, retryable, message, ...(code !== undefined ? { code } : {}) } };
    }
    case 'outbox.MessageParked':
      return { ...base, status: 'parked', reason: event.data.reason };
    case 'outbox.MessageRequeued':
      return { ...base, status: 'queued', budgetFrom: base.attempts };
    case 'outbox.DeliveryStatusReported':
      return { ...state, providerStatus: event.data.providerStatus as SmsStatus } as OutboxMessageState;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const outboxMessageDecider = {
  initialState: (): OutboxMessageState => ({ status: 'none' }),
  decide,
  evolve,
} satisfies Decider<OutboxCommand, OutboxEvent, OutboxMessageState>;
