import { WORK_ORDER_EVENT_TYPES, workOrderStreamId } from './work-order-events';

describe('work-order events contract', () => {
  it('lists every event type under the production context, on workorder streams', () => {
    expect(WORK_ORDER_EVENT_TYPES).toContain('production.TaskSignedOff');
    expect(WORK_ORDER_EVENT_TYPES).toContain('production.CertificateOfReleaseToServiceIssued');
    expect(WORK_ORDER_EVENT_TYPES.every((type) => /^production\.[A-Z][A-Za-z0-9]+$/.test(type))).toBe(true);
    expect(workOrderStreamId('wo-1')).toBe('workorder-wo-1');
  });
});
