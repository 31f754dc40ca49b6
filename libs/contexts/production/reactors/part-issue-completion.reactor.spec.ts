import type { DomainEvent, EventEnvelope } from '@repaero/event-sourcing';
import type { ReactorCommand, ReactorContext } from '@repaero/reactors';
import { partIssueIdOf } from '../commands/issue-part-to-task/part-issued.intent';
import type { PartIssueAttemptRow } from '../queries/part-issue-attempts/part-issue-attempt.read-model';
import { partIssueCompletionReactor } from './part-issue-completion.reactor';

const BEGUN_EVENT_ID = '0190f1d4-0000-7000-8000-00000000b001';
const RESERVATION_BEGUN_ID = '0190f1d4-0000-7000-8000-00000000b002';
const attempt: PartIssueAttemptRow = { begunEventId: BEGUN_EVENT_ID, workOrderId: 'wo-1', taskId: 't1', attemptId: 'a1', requestId: null, begunAt: '2026-06-01T08:00:00.000Z' };
const reservationAttempt: PartIssueAttemptRow = { begunEventId: RESERVATION_BEGUN_ID, workOrderId: 'wo-1', taskId: 't1', attemptId: 'a2', requestId: 'r1', begunAt: '2026-06-01T08:00:00.000Z' };

const stockIssued = (causationId: string, type = 'stock.ItemIssued'): EventEnvelope => ({
  id: 'e-stock',
  type,
  schemaVersion: 1,
  recordedAt: '2026-06-01T08:00:01.000Z',
  data: { itemId: 'batch-7', partId: 'p1', partNumber: 'MS20995C32', batchNumber: 'LOT-12', workOrderRef: 'WO-2026-000001', locationCode: 'MAIN', quantity: 4, unit: 'EA', fromReservation: 0, issuedAt: '2026-06-01T08:00:01.000Z' },
  metadata: { actor: { id: 'u-tech', name: 'Tech', roles: ['technician'] }, correlationId: 'corr-1', causationId, source: 'api' },
  streamId: 'stockitem-batch-7',
  streamVersion: 3,
  globalPosition: 42,
  prevHash: '',
  hash: '',
});

function run(event: EventEnvelope) {
  const sent: ReactorCommand<unknown, DomainEvent, unknown>[] = [];
  const asked: string[] = [];
  const reactor = partIssueCompletionReactor({
    async begunBy(id) {
      asked.push(id);
      return [attempt, reservationAttempt].find((row) => row.begunEventId === id);
    },
  });
  const ctx = {
    reactor: reactor.name,
    mode: 'live',
    attempt: 1,
    idFor: () => 'id',
    send: async (request: ReactorCommand<unknown, DomainEvent, unknown>) => {
      sent.push(request);
      return { streamId: request.streamId, version: 1, position: 1, events: [] };
    },
  } as ReactorContext;
  return { done: reactor.react(event, ctx), sent, asked };
}

describe('production-part-issue-completion reactor', () => {
  it('records the line of the attempt that caused a stock issue, with the issue id the handler derives', async () => {
    const { done, sent } = run(stockIssued(BEGUN_EVENT_ID));
    await done;
    expect(sent).toHaveLength(1);
    expect(sent[0]?.streamId).toBe('workorder-wo-1');
    expect(sent[0]?.command).toEqual({
      type: 'RecordPartIssued',
      workOrderId: 'wo-1',
      taskId: 't1',
      attemptId: 'a1',
      issueId: partIssueIdOf('stockitem-batch-7@3'),
      itemId: 'batch-7',
      partNumber: 'MS20995C32',
      batchNumber: 'LOT-12',
      quantity: 4,
      unit: 'EA',
      by: 'u-tech',
      at: '2026-06-01T08:00:01.000Z',
    });
  });

  it('sends nothing for a stock issue no attempt caused, nor for another event', async () => {
    const unknown = run(stockIssued('0190f1d4-0000-7000-8000-00000000dead'));
    await unknown.done;
    expect(unknown.sent).toEqual([]);
    const uncaused = run(stockIssued('corr-1'));
    await uncaused.done;
    expect([uncaused.sent, uncaused.asked]).toEqual([[], []]);
    const other = run(stockIssued(BEGUN_EVENT_ID, 'stock.ItemReceived'));
    await other.done;
    expect([other.sent, other.asked]).toEqual([[], []]);
  });

  it('records the reservation of the attempt that caused a stock reservation on its request', async () => {
    const reserved: EventEnvelope = {
      ...stockIssued(RESERVATION_BEGUN_ID, 'stock.ItemReserved'),
      data: { itemId: 'batch-7', partId: 'p1', workOrderRef: 'WO-2026-000001', quantity: 4, unit: 'EA', reservedAt: '2026-06-01T08:00:01.000Z' },
    };
    const { done, sent } = run(reserved);
    await done;
    expect(sent.map((request) => [request.streamId, request.command])).toEqual([
      ['workorder-wo-1', { type: 'RecordPartReserved', workOrderId: 'wo-1', taskId: 't1', requestId: 'r1', itemId: 'batch-7', quantity: 4, unit: 'EA', attemptId: 'a2', by: 'u-tech', at: '2026-06-01T08:00:01.000Z' }],
    ]);
  });
});
