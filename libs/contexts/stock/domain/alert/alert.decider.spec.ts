import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing';
import { alertDecider, alertRules } from './alert.decider';
import type { AlertEvent, AlertSubject } from './events';

const subject: AlertSubject = { alertId: '0190f1d4-0000-5000-8000-000000000001', partId: 'part-1', locationCode: 'MAIN-A01', kind: 'quarantine' };
const at = (minute: number) => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`;
const raise = { type: 'RaiseAlert', subject, summary: 'P/N 4202435-01 en quarantaine', itemIds: ['item-1'], at: at(0) } as const;
const raised = (occurrence = 1, minute = 0): AlertEvent => ({
  type: 'stock.AlertRaised',
  data: { ...subject, occurrence, summary: 'P/N 4202435-01 en quarantaine', itemIds: ['item-1'], raisedAt: at(minute) },
});
const cleared: AlertEvent = { type: 'stock.AlertCleared', data: { ...subject, occurrence: 1, reason: 'item accepted', clearedAt: at(5) } };
const clear = { type: 'ClearAlert', alertId: subject.alertId, conditionGone: true, reason: 'item accepted', at: at(5) } as const;
const acknowledge = { type: 'AcknowledgeAlert', alertId: subject.alertId, by: 'u-quality', reason: 'inspection booked', at: at(3) } as const;
const spec = () => deciderSpec(alertDecider);

describe('stock alert', () => {
  describe('raising', () => {
    it('raises the first alert for a part, location and kind', () => {
      spec().when(raise).then([raised()]);
    });
    it('raises nothing while the alert is open (one open alert per part, location and kind)', () => {
      spec().given([raised()]).when({ ...raise, itemIds: ['item-2'], at: at(9) }).thenNothingHappens();
    });
    it('raises a new occurrence once the previous one cleared', () => {
      spec().given([raised(), cleared]).when({ ...raise, at: at(10) }).then([raised(2, 10)]);
    });
    it('refuses an alert id used for another subject', () => {
      spec().given([raised()]).when({ ...raise, subject: { ...subject, kind: 'low-stock' } }).thenThrows(alertRules.subjectMismatch);
    });
    it('wants a summary', () => {
      spec().when({ ...raise, summary: ' ' }).thenThrows(alertRules.summaryRequired);
    });
  });

  describe('clearing', () => {
    it('clears an open alert when its condition is gone', () => {
      spec().given([raised()]).when(clear).then([cleared]);
    });
    it('does not clear while the condition still holds', () => {
      spec().given([raised()]).when({ ...clear, conditionGone: false }).thenThrows(alertRules.conditionPersists, { kind: 'quarantine' });
    });
    it('clears nothing when no alert is open (a replayed or stale clear)', () => {
      spec().when(clear).thenNothingHappens();
      spec().given([raised(), cleared]).when(clear).thenNothingHappens();
    });
    it('wants a reason', () => {
      spec().given([raised()]).when({ ...clear, reason: '' }).thenThrows(alertRules.reasonRequired);
    });
  });

  describe('acknowledging', () => {
    it('acknowledges an open alert with a reason; it stays open', () => {
      const acknowledged: AlertEvent = {
        type: 'stock.AlertAcknowledged',
        data: { alertId: subject.alertId, occurrence: 1, by: 'u-quality', reason: 'inspection booked', acknowledgedAt: at(3) },
      };
      spec().given([raised()]).when(acknowledge).then([acknowledged]);
      spec().given([raised(), acknowledged]).when({ ...acknowledge, at: at(4) }).thenNothingHappens();
      spec().given([raised(), acknowledged]).when(raise).thenNothingHappens();
    });
    it('wants a reason', () => {
      spec().given([raised()]).when({ ...acknowledge, reason: ' ' }).thenThrows(alertRules.reasonRequired);
    });
    it('refuses a cleared alert, and knows no alert never raised', () => {
      spec().given([raised(), cleared]).when(acknowledge).thenThrows(alertRules.alertNotOpen, { status: 'cleared' });
      expect(() => alertDecider.decide(acknowledge, alertDecider.initialState())).toThrow(NotFound);
    });
  });
});
