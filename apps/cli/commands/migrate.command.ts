import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { PartClass } from '@repaero/contexts/stock/domain/catalogue/events';
import type { ColumnMapping } from '@repaero/contexts/stock/migration';
import { uuidV7Ids } from '@repaero/event-sourcing';
import { cliMetadata } from '../cli-actor';
import { CommandFailed, UsageError } from '../cli-errors';
import type { CliRuntime } from '../cli-runtime';
import { formatSeconds, formatTable } from '../output/table';

const PART_CLASSES = ['rotable', 'repairable', 'consumable', 'expendable', 'standard-part', 'raw-material'];
const PLAIN_EVERY_MS = 2000;

type StockSheetOptions = { sheet?: string; mapping?: string; dryRun?: boolean; rejects?: string; partClass?: string; unit?: string };

export function migrateCommand(runtime: CliRuntime): Command {
  const migrate = new Command('migrate').description('one-shot, repeatable imports of legacy records (events with source: migration)');

  migrate
    .command('stock-sheet')
    .description('import a hand-kept Excel stock sheet: parts registered, each line received as an item (held in QUARANTINE without a release document)')
    .argument('<file>', '.xlsx workbook')
    .option('--sheet <name>', 'worksheet to read (default: the first visible one)')
    .option('--mapping <file.json>', 'column mapping { "partNumber": "Réf. article", "unitPrice": null, ... }')
    .option('--dry-run', 'read, validate and decide; write nothing and report what would happen')
    .option('--rejects <path>', 'where to write the reject report (default: <file>.rejects.csv when a row is rejected)')
    .option('--part-class <class>', `class given to parts found unclassified (${PART_CLASSES.join(', ')}); without it their rows are rejected`)
    .option('--unit <unit>', 'unit of parts registered from rows without a unit (e.g. EA)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ repaero migrate stock-sheet stock.xlsx --dry-run\n  $ repaero migrate stock-sheet stock.xlsx --sheet Stock --mapping mapping.json --part-class consumable --unit EA' +
        '\n\nExit codes: 0 every row imported or already there, 1 some rows rejected (report written), 2 usage error.',
    )
    .action(async (file: string, options: StockSheetOptions) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
      if (options.partClass !== undefined && !PART_CLASSES.includes(options.partClass)) {
        throw new UsageError(`--part-class must be one of ${PART_CLASSES.join(', ')}`);
      }
      if (options.unit !== undefined && !/^[A-Z]{1,6}$/.test(options.unit)) throw new UsageError('--unit must be 1 to 6 capital letters, e.g. EA, KG, L');
      const migration = await import('@repaero/contexts/stock/migration');
      const { importStockSheet } = await import('@repaero/contexts/stock/migration/import/import-stock-sheet');
      const mapping = options.mapping === undefined ? undefined : await readMapping(options.mapping, migration.parseColumnMapping);

      let read;
      try {
        read = await migration.readStockSheet(file, { sheet: options.sheet, mapping });
      } catch (error) {
        if (error instanceof migration.StockSheetError) throw new UsageError(`${file}: ${error.message}`);
        throw error;
      }
      const system = await runtime.system();
      const display = progressDisplay(options.dryRun === true);
      let result;
      try {
        result = await importStockSheet(
          { store: system.store, clock: { now: () => new Date() }, ids: uuidV7Ids, upcasters: system.upcasters },
          read,
          {
            dryRun: options.dryRun === true,
            actor: cliMetadata().actor,
            fileName: basename(file),
            partClass: options.partClass as PartClass | undefined,
            unit: options.unit,
            onProgress: (done, total, events) => display.update(done, total, events),
          },
        );
      } finally {
        display.stop();
      }

      const s = result.summary;
      runtime.out(`${options.dryRun ? 'dry run (nothing written): ' : ''}${basename(file)}, sheet "${read.sheet}", sha256 ${read.fileSha256.slice(0, 12)}`);
      runtime.out(
        formatTable(
          ['', options.dryRun ? 'WOULD BE' : 'COUNT'],
          [
            ['rows', s.rows],
            ['parts registered', s.partsRegistered],
            ['parts existing', s.partsExisting],
            ['parts classified', s.partsClassified],
            ['items received', s.itemsReceived],
            ['  of which in quarantine', s.itemsQuarantined],
            ['items existing', s.itemsExisting],
            ['rejected', s.rejected],
            ['skipped', s.skipped],
            ['events', s.events],
          ].map(([label, value]) => [String(label), String(value)]),
        ),
      );
      if (result.rejects.length === 0) return;
      const reportPath = options.rejects ?? `${file}.rejects.csv`;
      await migration.writeRejectReport(result.rejects, reportPath);
      runtime.out(`reject report: ${reportPath} (${result.rejects.length} problems in ${s.rejected} rows)`);
      throw new CommandFailed(`${s.rejected} of ${s.rows} rows rejected; fix them and run again (imported rows are not imported twice)`);
    });

  return migrate;
}

async function readMapping(path: string, parse: (json: unknown) => ColumnMapping): Promise<ColumnMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read the mapping file ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parse(json);
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Rows per second and events per second, with an ETA: a bar on a terminal, a line every few seconds otherwise (stderr). */
function progressDisplay(dryRun: boolean, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  const rates = (done: number, total: number, events: number) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rowsPerSec = done / seconds;
    return { rowsPerSec, eventsPerSec: events / seconds, eta: rowsPerSec > 0 ? (total - done) / rowsPerSec : null };
  };
  const label = dryRun ? 'dry run' : 'import';
  if (!stream.isTTY) {
    let last = 0;
    return {
      update(done: number, total: number, events: number) {
        if (done >= total || Date.now() - last < PLAIN_EVERY_MS) return;
        last = Date.now();
        const r = rates(done, total, events);
        stream.write(
          `${label}: ${done}/${total} rows, ${Math.round(r.rowsPerSec)} rows/s, ${Math.round(r.eventsPerSec)} events/s, ETA ${formatSeconds(r.eta)}\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {rowRate} rows/s | {eventRate} events/s | ETA {etaText}`,
    stream,
    hideCursor: true,
    barsize: 30,
    barCompleteChar: '=',
    barIncompleteChar: '-',
  });
  let shown = false;
  return {
    update(done: number, total: number, events: number) {
      const r = rates(done, total, events);
      const payload = { rowRate: Math.round(r.rowsPerSec), eventRate: Math.round(r.eventsPerSec), etaText: formatSeconds(r.eta) };
      if (!shown) {
        shown = true;
        bar.start(Math.max(total, 1), done, payload);
      }
      bar.update(done, payload);
    },
    stop() {
      if (shown) bar.stop();
    },
  };
}
