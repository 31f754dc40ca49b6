import { Command } from 'commander';
import type { BrokenLink, EventEnvelope } from '@repaero/event-sourcing';
import { AuditService } from '@repaero/platform/audit/audit.service';
import { CommandFailed, UsageError } from '../cli-errors';
import type { CliRuntime } from '../cli-runtime';
import { verifyProgressDisplay } from '../output/progress';
import { isoTime, positiveInteger } from '../parse-arguments';

const PROBLEMS: Record<BrokenLink['problem'], string> = {
  'hash-mismatch': 'the event no longer matches its hash (altered after it was written)',
  'prev-hash-mismatch': 'the event does not link to the previous one (an event was removed, replaced or reordered)',
  'version-gap': 'the stream versions are not contiguous (an event is missing)',
};

export function auditCommand(runtime: CliRuntime): Command {
  const audit = new Command('audit').description('verify the hash chains and replay aggregates as of any time');

  audit
    .command('verify')
    .description('walk every stream and check its hash chain; exit 1 naming the first broken link')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ repaero audit verify\n  $ repaero audit verify --json > verify-report.json')
    .action(async (options: { json?: boolean }) => {
      const service = await auditService(runtime);
      const display = verifyProgressDisplay();
      const result = await service.verify((progress) => display.update(progress)).finally(() => display.stop());
      const { broken, streams, events } = result;
      if (options.json) runtime.out(JSON.stringify({ intact: !broken, streams, events, ...(broken ? { broken } : {}) }, null, 2));
      else if (!broken) runtime.out(`${streams} streams, ${events} events, all hash chains intact`);
      else {
        runtime.out(`hash chain BROKEN in stream ${broken.streamId} at version ${broken.streamVersion}: ${broken.problem}`);
        runtime.out(`  ${PROBLEMS[broken.problem]}`);
        runtime.out(`  checked ${streams} streams, ${events} events before stopping`);
      }
      if (broken) throw new CommandFailed('');
    });

  audit
    .command('replay')
    .description('fold a stream up to a time or version and print the state it had then (JSON)')
    .argument('<streamId>', 'stream to replay, <category>-<id>, e.g. part-0190a2b4-...')
    .option('--as-of <time>', 'ISO-8601 time: only events recorded at or before it', isoTime)
    .option('--version <n>', 'only the first n events of the stream', positiveInteger)
    .option('--events', 'also list the events folded, with who, why and from where')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ repaero audit replay part-0190a2b4-7c1e-7000-8000-000000000001 --as-of 2025-03-01T12:00:00Z\n' +
        '  $ repaero audit replay user-alice --version 2 --events',
    )
    .action(async (streamId: string, options: { asOf?: Date; version?: number; events?: boolean }) => {
      if (!AuditService.isValidStreamId(streamId)) throw new UsageError(`"${streamId}" is not a stream id: expected <category>-<id>, e.g. part-0190…`);
      if (options.asOf && options.version) throw new UsageError('give either --as-of or --version, not both');
      const service = await auditService(runtime);
      const replayed = await service.stateAsOf(streamId, { asOf: options.asOf, version: options.version });
      const events = options.events && replayed.version > 0 ? await service.streamEvents(streamId, 1, replayed.version) : undefined;
      // AuditService redacts credentials (password hashes) from states and events.
      runtime.out(JSON.stringify({ ...replayed, ...(events ? { events: events.map(describeEvent) } : {}) }, null, 2));
    });

  return audit;
}

async function auditService(runtime: CliRuntime): Promise<AuditService> {
  const system = await runtime.system();
  return new AuditService(system.store, system.catalogue, system.upcasters);
}

function describeEvent(event: EventEnvelope) {
  const { actor, source, reason, device, correlationId } = event.metadata;
  return {
    version: event.streamVersion,
    position: event.globalPosition,
    recordedAt: event.recordedAt,
    type: event.type,
    schemaVersion: event.schemaVersion,
    actor,
    source,
    reason: reason ?? null,
    device: device ?? null,
    correlationId,
    data: event.data,
  };
}
