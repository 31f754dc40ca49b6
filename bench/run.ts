/**
 * `npm run bench` (build, then `node dist/bench/run.js [http|http-info|store|rebuild|state-as-of ...]`):
 * runs the benches one after the other, progress on stderr, ONE JSON summary on stdout with each figure,
 * its target and whether it is met. Each bench also runs alone: `node dist/bench/<folder>/<name>.bench.js`.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { runStateAsOfBench } from './audit/state-as-of.bench';
import { runHttpBench } from './http/commands.bench';
import { runFrameworkFloorBench } from './http/framework-floor.bench';
import { runProductionBench } from './production/release.bench';
import { runRebuildBench } from './projections/rebuild.bench';
import { runStoreBench } from './store/append.bench';
import { progress, round } from './support/stats';

interface Target {
  readonly name: string;
  readonly figure: number | undefined;
  readonly comparison: '>=' | '<=';
  readonly target: number;
  readonly unit: string;
  readonly met: boolean;
}

function target(name: string, figure: number | undefined, comparison: '>=' | '<=', goal: number, unit: string): Target {
  const met = figure !== undefined && (comparison === '>=' ? figure >= goal : figure <= goal);
  return { name, figure, comparison, target: goal, unit, met };
}

type BenchName = 'http' | 'http-info' | 'http-floor' | 'http-long-streams' | 'http-projectors-off' | 'store' | 'rebuild' | 'state-as-of' | 'production';

/** What `npm run bench` runs without arguments; the others on request (`node dist/bench/run.js http-projectors-off`). */
const DEFAULT_BENCHES: readonly BenchName[] = ['http', 'http-info', 'http-floor', 'http-long-streams', 'store', 'rebuild', 'state-as-of', 'production'];

const BENCHES: Record<BenchName, () => Promise<unknown>> = {
  // Request lines at warn are off: the throughput of the write path itself.
  http: () => runHttpBench({ logLevel: 'warn' }),
  // The default level in production: one JSON line per request.
  'http-info': () => runHttpBench({ logLevel: 'info' }),
  // A do-nothing NestJS route under the same load: the framework's own ceiling on this machine, now.
  'http-floor': () => runFrameworkFloorBench(),
  // Parts with a past: 1,000 receipts each before the run, so reading and folding a stream is no longer free.
  'http-long-streams': () => runHttpBench({ logLevel: 'warn', historyPerPart: 1000 }),
  // The scaled-out deployment: projectors in apps/worker, the API only writes.
  'http-projectors-off': () => runHttpBench({ logLevel: 'warn', env: { REPAERO_PROJECTORS: 'off' } }),
  store: () => runStoreBench(),
  rebuild: () => runRebuildBench(),
  'state-as-of': () => runStateAsOfBench(),
  production: () => runProductionBench(),
};

function targetsOf(results: Partial<Record<BenchName, unknown>>): Target[] {
  const targets: Target[] = [];
  const http = results.http as Awaited<ReturnType<typeof runHttpBench>> | undefined;
  if (http) {
    targets.push(target('http.commandsPerSec', http.commandsPerSec, '>=', 3000, 'commands/s'));
    targets.push(target('http.latencyMs.p99', http.latencyMs.p99, '<=', 25, 'ms'));
    targets.push(target('http.errors', http.errors, '<=', 0, 'errors'));
  }
  const stateAsOf = results['state-as-of'] as Awaited<ReturnType<typeof runStateAsOfBench>> | undefined;
  if (stateAsOf) {
    targets.push(target('stateAsOf.p50', stateAsOf.stateAsOfMs.p50, '<=', 20, 'ms'));
    targets.push(target('stateAsOf.p99', stateAsOf.stateAsOfMs.p99, '<=', 20, 'ms'));
  }
  const longStreams = results['http-long-streams'] as Awaited<ReturnType<typeof runHttpBench>> | undefined;
  if (longStreams) {
    // Same goal with parts that have a history: the pipeline must not pay for the whole stream per command.
    targets.push(target('httpLongStreams.commandsPerSec', longStreams.commandsPerSec, '>=', 3000, 'commands/s'));
    targets.push(target('httpLongStreams.latencyMs.p99', longStreams.latencyMs.p99, '<=', 25, 'ms'));
  }
  const production = results.production as Awaited<ReturnType<typeof runProductionBench>> | undefined;
  if (production) {
    // Where a user waits: a technician signing on the iPad, a certifying signature, a printout, a quality review.
    targets.push(target('production.signOff.p99', production.signOff.latencyMs.p99, '<=', 100, 'ms'));
    targets.push(target('production.crs.p99', production.crs.latencyMs.p99, '<=', 200, 'ms'));
    targets.push(target('production.jobCard.p99', production.jobCard.latencyMs.p99, '<=', 500, 'ms'));
    targets.push(target('production.traceabilityCsv.p99', production.traceabilityCsv.latencyMs.p99, '<=', 500, 'ms'));
    targets.push(target('production.compliance.p99', production.compliance.latencyMs.p99, '<=', 1000, 'ms'));
    targets.push(target('production.longStream.afterRestart.firstMs', production.longStream.afterRestart.firstMs, '<=', 1000, 'ms'));
    targets.push(target('production.errors', production.signOff.errors + production.crs.errors + production.jobCard.errors + production.compliance.errors, '<=', 0, 'errors'));
  }
  const store = results.store as Awaited<ReturnType<typeof runStoreBench>> | undefined;
  if (store) {
    // The reason group commit exists: many callers beat one transaction per event.
    targets.push(target('store.groupCommitRatio', store.ratio, '>=', 1, 'x bare better-sqlite3'));
  }
  return targets;
}

export async function runAll(selected: readonly BenchName[]): Promise<{ summary: Record<string, unknown>; failed: boolean }> {
  const startedAt = new Date();
  const machine = {
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model,
    loadAverageAtStart: loadavg().map((value) => round(value)),
    note: 'the HTTP load generator runs in this process and shares the cores with the API under test',
  };
  const results: Partial<Record<BenchName, unknown>> = {};
  const errors: Record<string, string> = {};
  for (const name of selected) {
    progress(`=== ${name} ===`);
    try {
      results[name] = await BENCHES[name]();
    } catch (error) {
      errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      progress(`${name} failed: ${errors[name]}`);
    }
  }
  const targets = targetsOf(results);
  const http = results.http as Awaited<ReturnType<typeof runHttpBench>> | undefined;
  const floor = results['http-floor'] as Awaited<ReturnType<typeof runFrameworkFloorBench>> | undefined;
  const summary = {
    startedAt: startedAt.toISOString(),
    seconds: round((Date.now() - startedAt.getTime()) / 1000, 1),
    machine: { ...machine, loadAverageAtEnd: loadavg().map((value) => round(value)) },
    results,
    ...(http && floor
      ? {
          // Shares of the do-nothing NestJS route's figures: what the write path costs beyond the framework.
          httpVersusFrameworkFloor: {
            throughput: round(http.commandsPerSec / floor.perSec),
            serverCpuPerRequest: http.cpu.serverCpuMsPerRequest && floor.cpu.serverCpuMsPerRequest ? round(http.cpu.serverCpuMsPerRequest / floor.cpu.serverCpuMsPerRequest) : undefined,
          },
        }
      : {}),
    targets,
    allTargetsMet: targets.length > 0 && targets.every((entry) => entry.met),
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
  };
  return { summary, failed: Object.keys(errors).length > 0 };
}

if (require.main === module) {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    process.stderr.write(`unknown bench ${unknown.join(', ')}; choose among ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  const selected = names.length > 0 ? (names as BenchName[]) : DEFAULT_BENCHES;
  runAll(selected).then(
    ({ summary, failed }) => {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      if (failed) process.exitCode = 1;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
