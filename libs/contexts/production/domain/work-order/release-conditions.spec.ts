import { fold } from '@repaero/event-sourcing';
import { productionRules } from '../production-rules';
import type { WorkOrderEvent } from './events';
import { namesAirworthinessDirective, releaseBlockers } from './release-conditions';
import { workOrderDecider } from './work-order.decider';
import type { WorkOrderRecord } from './work-order-state';
import { at, by, inspected, opened, signedOff, taskAdded, workOrderId } from './work-order.testing';

const recordOf = (events: readonly WorkOrderEvent[]): WorkOrderRecord => {
  const state = fold(workOrderDecider, events);
  if (state.status === 'none') throw new Error('no work order');
  return state;
};

describe('release conditions (DOMAIN rule 12)', () => {
  it('lists every blocker with its rule code, in the order the CRS checks them', () => {
    const raised: WorkOrderEvent = { type: 'production.DefectRaised', data: { workOrderId, defectId: 'd1', description: 'Cracked fairing', raisedOn: '2026-03-02', by, raisedAt: at } };
    const workOrder = recordOf([...opened(undefined, taskAdded('t1'), taskAdded('t2', true), taskAdded('t3', true)), signedOff('t3'), raised]);
    expect(releaseBlockers(workOrder, ['2024-0123']).map(({ rule, taskId, defectId, airworthinessDirective }) => [rule, taskId ?? defectId ?? airworthinessDirective])).toEqual([
      [productionRules.taskNotSigned, 't1'],
      [productionRules.taskNotSigned, 't2'],
      [productionRules.independentInspectionMissing, 't2'],
      [productionRules.independentInspectionMissing, 't3'],
      [productionRules.defectOpen, 'd1'],
      [productionRules.airworthinessDirectiveOverdue, '2024-0123'],
    ]);
  });

  it('has none when every task is signed and every critical task inspected', () => {
    expect(releaseBlockers(recordOf([...opened(undefined, taskAdded('t1'), taskAdded('t2', true)), signedOff('t1'), signedOff('t2'), inspected('t2')]))).toEqual([]);
  });

  it('an AD is complied with only by a signed task naming it', () => {
    const adTask = taskAdded('t2', false, 'AD 2024-0123');
    expect(releaseBlockers(recordOf([...opened(undefined, taskAdded('t1'), adTask), signedOff('t1')]), ['2024-0123']).map((b) => b.rule)).toContain(productionRules.airworthinessDirectiveOverdue);
    expect(releaseBlockers(recordOf([...opened(undefined, taskAdded('t1'), adTask), signedOff('t1'), signedOff('t2')]), ['2024-0123'])).toEqual([]);
  });

  it('matches an AD number as a whole token, ignoring case and spacing', () => {
    expect(namesAirworthinessDirective('AD 2024-0123', '2024-0123')).toBe(true);
    expect(namesAirworthinessDirective('SB 32-045 /  ad f-2019-001', 'F-2019-001')).toBe(true);
    expect(namesAirworthinessDirective('AD 2024-0123R1', '2024-0123')).toBe(false);
    expect(namesAirworthinessDirective('AD 2024-01234', '2024-0123')).toBe(false);
    expect(namesAirworthinessDirective('AMM 32-11-00', '')).toBe(false);
  });
});
