import { Command } from 'commander';
import type { ProjectionEngine, ProjectionStatus, RebuildResult } from '@repaero/projections';
import { CommandFailed, UsageError } from '../cli-errors';
import type { CliRuntime } from '../cli-runtime';
import { rebuildProgressDisplay } from '../output/progress';
import { formatSeconds, formatTable } from '../output/table';
import { positiveInteger } from '../parse-arguments';

export function projectionsCommand(runtime: CliRuntime): Command {
  const projections = new Command('projections').description('inspect, rebuild and repair the read-model projections');

  projections
    .command('status')
    .description('checkpoint, lag, parked events, lease and rebuild progress of every projection')
    .option('--json', 'print the status as JSON')
    .addHelpText('after', '\nExamples:\n  $ repaero projections status\n  $ repaero projections status --json | jq ".[] | {name, lag}"')
    .action(async (options: { json?: boolean }) => {
      const statuses = await (await runtime.system()).engine.status();
      runtime.out(options.json ? JSON.stringify(statuses, null, 2) : statusTable(statuses));
    });

  projections
    .command('rebuild')
    .description('replay the whole event log into the inactive slot, then switch to it (blue/green: queries keep being served)')
    .argument('[name]', 'projection to rebuild (see `projections status`)')
    .option('--all', 'rebuild every projection, one after the other')
    .addHelpText('after', '\nExamples:\n  $ repaero projections rebuild stock-levels\n  $ repaero projections rebuild --all')
    .action(async (name: string | undefined, options: { all?: boolean }) => {
      if (Boolean(name) === Boolean(options.all)) throw new UsageError('name one projection or pass --all');
      const engine = (await runtime.system()).engine;
      const names = options.all ? engine.projections.map((projection) => projection.name) : [knownProjection(engine, name ?? '')];
      let events = 0;
      let seconds = 0;
      for (const projection of names) {
        const result = await rebuildOne(engine, projection);
        runtime.out(summary(result));
        events += result.events;
        seconds += result.seconds;
      }
      if (names.length > 1) runtime.out(`all ${names.length} projections rebuilt: ${events} events in ${seconds.toFixed(2)} s`);
    });

  projections
    .command('parked')
    .description('events a projection could not apply (dead letters), with their error')
    .argument('[name]', 'only this projection')
    .option('--json', 'print the parked events as JSON')
    .addHelpText('after', '\nExamples:\n  $ repaero projections parked\n  $ repaero projections parked stock-levels --json')
    .action(async (name: string | undefined, options: { json?: boolean }) => {
      const engine = (await runtime.system()).engine;
      const parked = await engine.parkedEvents(name === undefined ? undefined : knownProjection(engine, name));
      if (options.json) return runtime.out(JSON.stringify(parked, null, 2));
      if (parked.length === 0) return runtime.out('no parked events');
      runtime.out(
        formatTable(
          ['PROJECTION', 'POSITION', 'EVENT TYPE', 'STREAM', 'ATTEMPTS', 'PARKED AT', 'ERROR'],
          parked.map((event) => [
            event.projection,
            String(event.position),
            event.eventType,
            event.streamId,
            String(event.attempts),
            event.parkedAt,
            event.errorMessage,
          ]),
        ),
      );
    });

  projections
    .command('retry')
    .description('re-apply parked events (after a fix was deployed); an event leaves the parked list only if it applies')
    .argument('<name>', 'projection')
    .argument('[position]', 'global position of the parked event', positiveInteger)
    .option('--all', 'retry every parked event of the projection')
    .addHelpText('after', '\nExamples:\n  $ repaero projections retry stock-levels 1042\n  $ repaero projections retry stock-levels --all')
    .action(async (name: string, position: number | undefined, options: { all?: boolean }) => {
      if ((position === undefined) === !options.all) throw new UsageError('give the position of one parked event or pass --all');
      const engine = (await runtime.system()).engine;
      knownProjection(engine, name);
      const positions = options.all ? (await engine.parkedEvents(name)).map((event) => event.position) : [position as number];
      if (positions.length === 0) return runtime.out(`no parked events in ${name}`);
      let failures = 0;
      for (const at of positions) {
        const outcome = await engine.retryParked(name, at);
        if (outcome.status === 'applied') runtime.out(`${name} @${at}: applied`);
        else {
          failures += 1;
          runtime.out(`${name} @${at}: ${outcome.status === 'failed' ? `failed again: ${outcome.error}` : 'not parked'}`);
        }
      }
      if (failures > 0) throw new CommandFailed(`${failures} of ${positions.length} parked events were not applied`);
    });

  return projections;
}

function knownProjection(engine: ProjectionEngine, name: string): string {
  const known = engine.projections.map((projection) => projection.name);
  if (!known.includes(name)) throw new UsageError(`unknown projection "${name}"; known: ${known.join(', ')}`);
  return name;
}

async function rebuildOne(engine: ProjectionEngine, name: string): Promise<RebuildResult> {
  const display = rebuildProgressDisplay(name);
  try {
    return await engine.rebuild(name, (progress) => display.update(progress));
  } finally {
    display.stop();
  }
}

function summary(result: RebuildResult): string {
  const parked = result.parked > 0 ? `, ${result.parked} parked (see \`repaero projections parked ${result.projection}\`)` : '';
  return (
    `${result.projection}: rebuilt ${result.events} events in ${result.seconds.toFixed(2)} s ` +
    `(${Math.round(result.eventsPerSec)} events/s), slot ${result.slot} active at position ${result.position}${parked}`
  );
}

function statusTable(statuses: readonly ProjectionStatus[]): string {
  return formatTable(
    ['NAME', 'VERSION', 'SLOT', 'CHECKPOINT', 'HEAD', 'LAG', 'PARKED', 'LEASE OWNER', 'REBUILD', 'LAST ERROR'],
    statuses.map((status) => [
      status.name,
      status.storedVersion === null || status.storedVersion === status.version ? String(status.version) : `${status.storedVersion}->${status.version}`,
      status.activeSlot ?? '-',
      String(status.checkpoint),
      String(status.headPosition),
      String(status.lag),
      String(status.parked),
      status.leaseOwner ?? '-',
      rebuildText(status.rebuild),
      status.lastError ? `${status.lastError.at} ${status.lastError.message}` : '-',
    ]),
  );
}

function rebuildText(rebuild: ProjectionStatus['rebuild']): string {
  if (!rebuild) return '-';
  switch (rebuild.status) {
    case 'running': {
      const percent = rebuild.total > 0 ? Math.floor((100 * rebuild.processed) / rebuild.total) : 0;
      const stale = rebuild.stale ? ' (stale: its owner stopped)' : '';
      return `running ${percent}% ${rebuild.processed}/${rebuild.total}, ${rebuild.eventsPerSec} events/s, ETA ${formatSeconds(rebuild.etaSeconds)}${stale}`;
    }
    case 'switched':
      return `done ${rebuild.updatedAt} (${rebuild.processed} events, slot ${rebuild.slot})`;
    case 'failed':
      return `failed ${rebuild.updatedAt}: ${rebuild.error ?? 'unknown error'}`;
  }
}
