import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import type { AlertCommand } from './commands';
import type { AlertEvent, AlertSubject } from './events';

export const alertRules = {
  conditionPersists: 'stock.alert-condition-persists',
  alertNotOpen: 'stock.alert-not-open',
  reasonRequired: 'stock.reason-required',
  subjectMismatch: 'stock.alert-subject-mismatch',
  summaryRequired: 'stock.alert-summary-required',
} as const;

interface Known {
  readonly subject: AlertSubject;
  readonly occurrence: number;
}

export type AlertState =
  | { readonly status: 'none' }
  | (Known & { readonly status: 'open'; readonly raisedAt: string; readonly acknowledged?: { readonly by: string; readonly reason: string; readonly at: string } })
  | (Known & { readonly status: 'cleared'; readonly clearedAt: string });

function sameSubject(a: AlertSubject, b: AlertSubject): boolean {
  return a.alertId === b.alertId && a.partId === b.partId && a.locationCode === b.locationCode && a.kind === b.kind;
}

function decide(command: AlertCommand, state: AlertState): readonly AlertEvent[] {
  switch (command.type) {
    case 'RaiseAlert': {
      if (state.status !== 'none' && !sameSubject(state.subject, command.subject)) {
        throw new BusinessRuleViolation(alertRules.subjectMismatch, 'this alert id belongs to another part, location or kind', { ...state.subject });
      }
      // One open alert per (part, location, kind): raising it again while open records nothing.
      if (state.status === 'open') return [];
      if (!command.summary.trim()) throw new BusinessRuleViolation(alertRules.summaryRequired, 'an alert says what it is about');
      const occurrence = state.status === 'none' ? 1 : state.occurrence + 1;
      return [
        {
          type: 'stock.AlertRaised',
          data: { ...command.subject, occurrence, summary: command.summary.trim(), itemIds: [...command.itemIds], raisedAt: command.at },
        },
      ];
    }
    case 'ClearAlert': {
      if (state.status !== 'open') return [];
      if (!command.conditionGone) {
        throw new BusinessRuleViolation(alertRules.conditionPersists, 'the condition that raised the alert still holds', { kind: state.subject.kind });
      }
      if (!command.reason.trim()) throw new BusinessRuleViolation(alertRules.reasonRequired, 'say why the alert clears');
      return [{ type: 'stock.AlertCleared', data: { ...state.subject, occurrence: state.occurrence, reason: command.reason.trim(), clearedAt: command.at } }];
    }
    case 'AcknowledgeAlert': {
      if (state.status === 'none') throw new NotFound('stock alert', command.alertId);
      if (state.status !== 'open') throw new BusinessRuleViolation(alertRules.alertNotOpen, 'only an open alert is acknowledged', { status: state.status });
      if (!command.reason.trim()) throw new BusinessRuleViolation(alertRules.reasonRequired, 'an acknowledgement says why');
      if (state.acknowledged) return [];
      return [
        {
          type: 'stock.AlertAcknowledged',
          data: { alertId: command.alertId, occurrence: state.occurrence, by: command.by, reason: command.reason.trim(), acknowledgedAt: command.at },
        },
      ];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function evolve(state: AlertState, event: AlertEvent): AlertState {
  switch (event.type) {
    case 'stock.AlertRaised': {
      const { alertId, partId, locationCode, kind, occurrence, raisedAt } = event.data;
      return { status: 'open', subject: { alertId, partId, locationCode, kind }, occurrence, raisedAt };
    }
    case 'stock.AlertCleared':
      return state.status === 'none' ? state : { status: 'cleared', subject: state.subject, occurrence: state.occurrence, clearedAt: event.data.clearedAt };
    case 'stock.AlertAcknowledged':
      return state.status !== 'open'
        ? state
        : { ...state, acknowledged: { by: event.data.by, reason: event.data.reason, at: event.data.acknowledgedAt } };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const alertDecider = {
  initialState: (): AlertState => ({ status: 'none' }),
  decide,
  evolve,
} satisfies Decider<AlertCommand, AlertEvent, AlertState>;
