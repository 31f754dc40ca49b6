import { oracleSqlFor } from '@repaero/read-store';
import { stockLevel } from './testing/stock-levels.fixture';

/** What TypeORM sends to Oracle for the sample projection, checked without a server. */
describe('Oracle SQL of the stock levels projection', () => {
  const at = new Date('2026-01-01T08:00:00.000Z');

  it('upserts a batch with one MERGE', async () => {
    const { sql, parameters } = await oracleSqlFor([stockLevel], (qb) =>
      qb.upsert(stockLevel, [
        { partId: 'P-1', location: 'A1', quantity: 5, unit: 'EA', lastPosition: 1, updatedAt: at },
        { partId: 'P-2', location: 'A1', quantity: 2.5, unit: 'L', lastPosition: 2, updatedAt: at },
      ]),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual(['P-1', 'A1', 5, 'EA', 1, at, 'P-2', 'A1', 2.5, 'L', 2, at]);
  });

  it('queries the active slot with Oracle paging', async () => {
    const { sql, parameters } = await oracleSqlFor([stockLevel], (qb) =>
      qb
        .repository(stockLevel, 'b')
        .createQueryBuilder('level')
        .where('level.location = :location', { location: 'A1' })
        .orderBy('level.partId')
        .skip(20)
        .take(10),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual(['A1']);
  });
});
