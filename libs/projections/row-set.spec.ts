import { BufferedRows } from './row-set';
import { stockLevel, type StockLevelRow } from './testing/stock-levels.fixture';

const row = (partId: string, quantity: number): StockLevelRow => ({
  partId,
  location: 'A1',
  quantity,
  unit: 'EA',
  lastPosition: 1,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
});

describe('BufferedRows', () => {
  const rows = () => new BufferedRows<StockLevelRow>(stockLevel, 'a', { startsEmpty: true });

  it('reads its own writes and hands out copies', async () => {
    const buffer = rows();
    buffer.put(row('P-1', 2));
    const first = await buffer.get({ partId: 'P-1', location: 'A1' });
    if (first) first.quantity = 99;
    expect(await buffer.get({ partId: 'P-1', location: 'A1' })).toEqual(row('P-1', 2));
    expect(buffer.pending).toBe(1);
  });

  it('takes back one event’s changes when that event is parked', async () => {
    const buffer = rows();
    buffer.put(row('P-1', 2));
    buffer.beginEvent();
    buffer.put(row('P-1', 5));
    buffer.put(row('P-2', 1));
    buffer.delete({ partId: 'P-1', location: 'A1' });
    buffer.endEvent(false);
    expect(await buffer.get({ partId: 'P-1', location: 'A1' })).toEqual(row('P-1', 2));
    expect(await buffer.get({ partId: 'P-2', location: 'A1' })).toBeUndefined();

    buffer.beginEvent();
    buffer.put(row('P-2', 3));
    buffer.endEvent(true);
    expect(await buffer.get({ partId: 'P-2', location: 'A1' })).toEqual(row('P-2', 3));
  });

  it('keeps keys of different types apart and refuses a missing key column', async () => {
    const buffer = rows();
    buffer.put({ ...row('1', 1) });
    expect(await buffer.get({ partId: 1 as unknown as string, location: 'A1' })).toBeUndefined();
    expect(() => buffer.put({ ...row('P-1', 1), location: undefined as unknown as string })).toThrow(/key column location is missing/);
  });
});
