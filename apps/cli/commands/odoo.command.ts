import { Command } from 'commander';
import type { BulkProgress, OdooSync, OdooSyncStatus } from '@repaero/integrations/odoo/sync/odoo-sync';
import { CommandFailed, UsageError } from '../cli-errors';
import type { CliRuntime } from '../cli-runtime';
import type { ProgressDisplay } from '../output/progress';
import { formatTable } from '../output/table';
import { positiveInteger } from '../parse-arguments';

const NOT_CONFIGURED = 'the Odoo sync is not configured: set ODOO_URL, ODOO_DB and ODOO_API_KEY (see `repaero config`)';

export function odooCommand(runtime: CliRuntime): Command {
  const odoo = new Command('odoo').description('the Odoo 19 sync: status, parked records, retry, reconcile and backfill');

  const configured = async (): Promise<OdooSync> => {
    const sync = (await runtime.system()).odoo;
    if (!sync) throw new UsageError(NOT_CONFIGURED);
    return sync;
  };

  odoo
    .command('status')
    .description('per Odoo model: checkpoint, lag, parked events, records mapped, last error; and whether Odoo accepts the key')
    .option('--json', 'print the status as JSON')
    .addHelpText('after', '\nExamples:\n  $ repaero odoo status\n  $ repaero odoo status --json | jq ".models[] | {model, lag, parked}"')
    .action(async (options: { json?: boolean }) => {
      const sync = (await runtime.system()).odoo;
      const status: OdooSyncStatus = sync ? await sync.status({ probe: true }) : { configured: false, state: 'not configured', models: [] };
      runtime.out(options.json ? JSON.stringify(status, null, 2) : statusText(status));
    });

  odoo
    .command('parked')
    .description('events whose record Odoo refused (422), with its message')
    .option('--json', 'print the parked events as JSON')
    .action(async (options: { json?: boolean }) => {
      const parked = await (await configured()).parkedEvents();
      if (options.json) return runtime.out(JSON.stringify(parked, null, 2));
      if (parked.length === 0) return runtime.out('no parked events');
      runtime.out(
        formatTable(
          ['MODEL', 'POSITION', 'EVENT TYPE', 'STREAM', 'ATTEMPTS', 'PARKED AT', 'ERROR'],
          parked.map((event) => [event.model, String(event.position), event.eventType, event.streamId, String(event.attempts), event.parkedAt, event.errorMessage]),
        ),
      );
    });

  odoo
    .command('retry')
    .description('push the records of parked events again (after fixing the data or Odoo); an event leaves the list only if it goes through')
    .argument('[position]', 'global position of the parked event (see `odoo parked`)', positiveInteger)
    .option('--all', 'retry every parked event, products first')
    .addHelpText('after', '\nExamples:\n  $ repaero odoo retry 1042\n  $ repaero odoo retry --all')
    .action(async (position: number | undefined, options: { all?: boolean }) => {
      if ((position === undefined) === !options.all) throw new UsageError('give the position of one parked event or pass --all');
      const results = await (await configured()).retryParked(options.all ? undefined : position);
      if (results.length === 0) return runtime.out(position === undefined ? 'no parked events' : `no parked event at position ${position}`);
      let failures = 0;
      for (const { model, position: at, outcome } of results) {
        if (outcome.status === 'applied') runtime.out(`${model} @${at}: pushed`);
        else {
          failures += 1;
          runtime.out(`${model} @${at}: ${outcome.status === 'failed' ? `failed again: ${outcome.error}` : 'not parked'}`);
        }
      }
      if (failures > 0) throw new CommandFailed(`${failures} of ${results.length} parked events did not go through`);
    });

  odoo
    .command('reconcile')
    .description('compare every record with Odoo field by field; exit 1 on drift unless --fix pushed it right')
    .option('--fix', 'push the drifted records again, whatever was pushed before')
    .option('--json', 'print the drift as JSON')
    .addHelpText('after', '\nExamples:\n  $ repaero odoo reconcile\n  $ repaero odoo reconcile --fix')
    .action(async (options: { fix?: boolean; json?: boolean }) => {
      const display = bulkProgress('reconcile');
      const result = await (await configured()).reconcile({ fix: options.fix, onProgress: (progress) => display.update(progress) }).finally(() => display.stop());
      if (options.json) runtime.out(JSON.stringify(result, null, 2));
      else if (result.drift.length === 0) runtime.out('no drift: Odoo holds what the event log says');
      else {
        runtime.out(
          formatTable(
            ['MODEL', 'RECORD', 'ODOO ID', 'FIELD', 'OURS', 'ODOO'],
            result.drift.map((drift) => [drift.model, drift.recordKey, String(drift.odooId ?? '-'), drift.field, JSON.stringify(drift.ours), JSON.stringify(drift.odoo)]),
          ),
        );
        if (options.fix) runtime.out(`${result.fixed} records pushed again`);
      }
      for (const failure of result.failed) runtime.err(`${failure.model} ${failure.recordKey}: ${failure.error}`);
      if (result.failed.length > 0) throw new CommandFailed(`${result.failed.length} records could not be compared or fixed`);
      if (result.drift.length > 0 && !options.fix) throw new CommandFailed('', 1);
    });

  odoo
    .command('backfill')
    .description('push every record the event log knows, from position 0 (a first connection); records Odoo already has are adopted')
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }) => {
      const display = bulkProgress('backfill');
      const result = await (await configured()).backfill((progress) => display.update(progress)).finally(() => display.stop());
      if (options.json) runtime.out(JSON.stringify(result, null, 2));
      else {
        runtime.out(
          formatTable(
            ['MODEL', 'CREATED', 'ADOPTED', 'UPDATED', 'UNCHANGED'],
            Object.entries(result.pushed).map(([model, counts]) => [model, String(counts.created), String(counts.adopted), String(counts.updated), String(counts.unchanged)]),
          ),
        );
      }
      for (const failure of result.failed) runtime.err(`${failure.model} ${failure.recordKey}: ${failure.error}`);
      if (result.failed.length > 0) throw new CommandFailed(`${result.failed.length} records were refused by Odoo`);
    });

  return odoo;
}

function statusText(status: OdooSyncStatus): string {
  if (!status.configured) return `Odoo sync: ${NOT_CONFIGURED}`;
  const head = `Odoo ${status.url}${status.database ? ` (database ${status.database})` : ''}: ${status.state}`;
  const halt = status.halt ? `\nstopped since ${status.halt.since}: ${status.halt.message}` : '';
  const table = formatTable(
    ['MODEL', 'CHECKPOINT', 'HEAD', 'LAG', 'PARKED', 'MAPPED', 'LEASE OWNER', 'LAST ERROR'],
    status.models.map((model) => [
      model.model,
      String(model.checkpoint),
      String(model.headPosition),
      String(model.lag),
      String(model.parked),
      String(model.mapped),
      model.leaseOwner ?? '-',
      model.lastError ? `${model.lastError.at} ${model.lastError.message}` : '-',
    ]),
  );
  return `${head}${halt}\n${table}`;
}

/** To stderr, a line every few seconds: stdout stays the command's answer. */
function bulkProgress(verb: string, stream: NodeJS.WriteStream = process.stderr): ProgressDisplay<BulkProgress> {
  let last = 0;
  return {
    update(progress) {
      const now = Date.now();
      if (progress.done !== progress.total && now - last < 1000) return;
      last = now;
      stream.write(`${verb} ${progress.model}: ${progress.done}/${progress.total}\n`);
    },
    stop() {},
  };
}
