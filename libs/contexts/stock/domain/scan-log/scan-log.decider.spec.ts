import { deciderSpec } from '@repaero/event-store-testing/decider.specification';
import { parseScan, type ScanInput } from '../scanning/scan-input';
import { scanLogStreamId } from './scan-log-stream';
import { scanLogDecider } from './scan-log.decider';
import { scanRefused, scanRules } from './scan-rules';

const spec = deciderSpec(scanLogDecider);

function parsed(raw: string): ScanInput {
  const result = parseScan(raw);
  if (!result.ok) throw new Error(result.message);
  return result.scan;
}

describe('scan log', () => {
  it('records the raw scan beside what was read from it and what it resolved to', () => {
    const raw = 'MFR 0CVA5<GS>SER 674A36458<GS>PNR 4202435-01\r';
    const scan = parsed(raw);
    const resolved = { partId: 'part-1', itemId: 'item-1' };
    spec
      .given([])
      .when({ type: 'RecordScan', deviceId: 'ipad-2', purpose: 'identify', scan, resolved, at: '2026-11-28T09:00:00.000Z' })
      .then([
        {
          type: 'stock.ItemScanned',
          data: {
            deviceId: 'ipad-2',
            purpose: 'identify',
            raw,
            parsed: { normalised: scan.normalised, scheme: 'gs-tei', fields: scan.fields, unmapped: [], uidConstruct: 1 },
            resolved,
            scannedAt: '2026-11-28T09:00:00.000Z',
          },
        },
      ]);
  });

  it('keeps one stream per device and Paris business day', () => {
    expect(scanLogStreamId('ipad-2', '2026-11-28T22:59:59.000Z')).toBe('scanner-ipad-2.2026-11-28');
    expect(scanLogStreamId('ipad-2', '2026-11-28T23:00:00.000Z')).toBe('scanner-ipad-2.2026-11-29');
  });

  it('turns a refused scan into the rule the operator sees, its message naming the fault', () => {
    const result = parseScan('(01)09501101020918(10)ABC');
    if (result.ok) throw new Error('expected a refusal');
    const violation = scanRefused(result);
    expect(violation.rule).toBe(scanRules.badCheckDigit);
    expect(violation.message).toMatch(/check digit should be 7/);
  });
});
