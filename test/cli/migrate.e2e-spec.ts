import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkbook, STOCK_SHEET_FIXTURE } from '@repaero/contexts/stock/migration/testing/stock-sheet-fixtures';
import type { EventEnvelope } from '@repaero/event-sourcing';
import { buildCli, removeDataDirs, runCli, tempDataDir } from './support/cli-process';
import { withSystem } from './support/system';

jest.setTimeout(90_000);
afterAll(removeDataDirs);

const allEvents = (dataDir: string): Promise<EventEnvelope[]> => withSystem(dataDir, (system) => system.store.readAll());
const HAS_FIXTURE = existsSync(STOCK_SHEET_FIXTURE);
if (!HAS_FIXTURE) console.info(`skipping the fixture cases of migrate stock-sheet: ${STOCK_SHEET_FIXTURE} is absent (no /work/shared or ../shared)`);

beforeAll(buildCli, 300_000);

(HAS_FIXTURE ? describe : describe.skip)('repaero migrate stock-sheet on the shared fixture', () => {
  const dataDir = tempDataDir();
  const args = ['migrate', 'stock-sheet', STOCK_SHEET_FIXTURE, '--part-class', 'consumable', '--unit', 'EA'];

  it('--dry-run decides every row and writes nothing', async () => {
    const run = await runCli([...args, '--dry-run'], { dataDir });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/dry run \(nothing written\)/);
    expect(run.stdout).toMatch(/items received\s+4/);
    expect(await allEvents(dataDir)).toEqual([]);
  });

  it('imports the four lines, every one in quarantine (no release document), with source migration', async () => {
    const run = await runCli(args, { dataDir });

    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/parts registered\s+4/);
    expect(run.stdout).toMatch(/items received\s+4/);
    expect(run.stdout).toMatch(/of which in quarantine\s+4/);
    const events = await allEvents(dataDir);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => event.metadata.source))).toEqual(new Set(['migration']));
    expect(events.filter((event) => event.type === 'stock.ItemAccepted')).toEqual([]);
    const legacy = events.filter((event) => event.type === 'stock.LegacyRecordImported');
    expect(legacy.map((event) => (event.data as { row: number }).row)).toEqual([4, 5, 6, 8]);
    expect(legacy[0].metadata.reason).toBe('legacy stock sheet stock-sample-generated.xlsx row 4');
  });

  it('changes nothing on a second run: every row is already there', async () => {
    const before = (await allEvents(dataDir)).length;
    const run = await runCli(args, { dataDir });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/items existing\s+4/);
    expect(run.stdout).toMatch(/parts registered\s+0/);
    expect(run.stdout).toMatch(/events\s+0/);
    expect((await allEvents(dataDir)).length).toBe(before);
  });
});

describe('repaero migrate stock-sheet on generated sheets', () => {
  const dataDir = tempDataDir();
  const header = ['P/N', 'Désignation', 'S/N', 'Qté', 'Emplacement', 'Date péremption', 'Unité'];

  it('rejects a bad row into the report, imports the others, exits 1; a corrected file imports only the fixed row', async () => {
    const file = join(dataDir, 'stock-bad.xlsx');
    writeFileSync(
      file,
      await buildWorkbook([
        {
          name: 'Stock',
          rows: [
            header,
            ['MS20470AD4-6', 'Rivet', null, '1 200', 'A-01', null, 'EA'],
            ['4371', 'Magnéto', 'SN1', '2', 'B-02', null, 'EA'],
            ['PR1422B2', 'Mastic', null, 'douze', 'C-FRIGO', '31/12/2027', 'EA'],
          ],
        },
      ]),
    );
    const run = await runCli(['migrate', 'stock-sheet', file, '--part-class', 'consumable'], { dataDir });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/items received\s+1/);
    const report = readFileSync(`${file}.rejects.csv`, 'utf8');
    expect(report).toContain('row;column;value;reason');
    expect(report).toMatch(/\n3;Qté;2;stock\.serial-item-quantity-one/);
    expect(report).toMatch(/\n4;Qté;douze;/);

    const fixed = join(dataDir, 'stock-fixed.xlsx');
    writeFileSync(
      fixed,
      await buildWorkbook([
        {
          name: 'Stock',
          rows: [
            header,
            ['MS20470AD4-6', 'Rivet', null, '1 200', 'A-01', null, 'EA'],
            ['4371', 'Magnéto', 'SN1', '1', 'B-02', null, 'EA'],
            ['PR1422B2', 'Mastic', null, '12', 'C-FRIGO', '31/12/2027', 'EA'],
          ],
        },
      ]),
    );
    const again = await runCli(['migrate', 'stock-sheet', fixed, '--part-class', 'consumable'], { dataDir });

    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/items received\s+2/);
    expect(again.stdout).toMatch(/items existing\s+1/);
  });

  it('exits 2 on a missing file and on a mapping that is not JSON, naming the problem', async () => {
    const missing = await runCli(['migrate', 'stock-sheet', join(dataDir, 'nope.xlsx')], { dataDir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);

    const file = join(dataDir, 'plain.xlsx');
    writeFileSync(file, await buildWorkbook([{ rows: [header, ['X1', 'X', null, '1', 'A', null, 'EA']] }]));
    const mapping = join(dataDir, 'mapping.json');
    writeFileSync(mapping, '{ "partNumber": "P/N", ');
    const bad = await runCli(['migrate', 'stock-sheet', file, '--mapping', mapping], { dataDir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mapping\.json is not valid JSON/);

    writeFileSync(mapping, '{ "partNumbre": "P/N" }');
    const unknown = await runCli(['migrate', 'stock-sheet', file, '--mapping', mapping], { dataDir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown field "partNumbre"/);
  });
});
