import { defineReadModel, oracleDdlFor } from '@repaero/read-store';

const workOrderSummary = defineReadModel<{
  workOrderId: string;
  status: string;
  openTasks: number;
  totalCents: number;
  hoursSpent: number;
  signedOff: boolean;
  dueAt: Date | null;
  remarks: string | null;
  tags: string[];
}>({
  name: 'work_order_summary',
  columns: {
    workOrderId: { type: 'string', length: 40 },
    status: { type: 'string', length: 20 },
    openTasks: { type: 'integer' },
    totalCents: { type: 'bigint' },
    hoursSpent: { type: 'decimal', precision: 10, scale: 2 },
    signedOff: { type: 'boolean' },
    dueAt: { type: 'timestamp', nullable: true },
    remarks: { type: 'text', nullable: true },
    tags: { type: 'json' },
  },
  primaryKey: ['workOrderId'],
  indices: [{ columns: ['status', 'dueAt'] }],
});

describe('Oracle DDL', () => {
  it('maps every portable column kind to an Oracle type', async () => {
    expect(await oracleDdlFor([workOrderSummary])).toMatchSnapshot();
  });

  it('creates the projection infrastructure with identifiers of at most 30 characters', async () => {
    const ddl = await oracleDdlFor([], { migrations: true });
    expect(ddl).toMatchSnapshot();
    const identifiers = ddl.flatMap((statement) => [...statement.matchAll(/"([^"]+)"/g)].map((match) => match[1]));
    expect(identifiers.filter((identifier) => identifier.length > 30)).toEqual([]);
  });
});
