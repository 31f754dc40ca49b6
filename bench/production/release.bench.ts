import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startApiProcess, type ApiProcess, type HttpAnswer } from '../http/api-process';
import { elapsedMs, progress, round, runAlone, summarize, type LatencySummary } from '../support/stats';
import { ProductionClient, WORK_ORDERS, type BenchTechnician, type BenchUser } from './production-client';
import { library, openWorkOrder, serialItems, staff, TOOL_ID, type PlannedWorkOrder } from './production-setup';

export interface ProductionBenchOptions {
  readonly signOffWorkOrders?: number;
  readonly tasksPerWorkOrder?: number;
  readonly jobCardTasks?: number;
  readonly downloads?: number;
  readonly openWorkOrders?: number;
  readonly complianceRuns?: number;
  /** Labour start/stop pairs on the long work order; with one measurement per 2 pairs, about 2.5 events per pair. */
  readonly longStreamLabourPairs?: number;
  readonly steadyRuns?: number;
  /** Writes a V8 CPU profile of the server over this phase only into `profileDir`. */
  readonly profilePhase?: ProfiledPhase;
  readonly profileDir?: string;
}

export type ProfiledPhase = 'signOff' | 'crs' | 'jobCard' | 'traceability' | 'compliance' | 'longStream';

export interface Measured {
  readonly count: number;
  readonly errors: number;
  readonly errorSamples: readonly string[];
  readonly latencyMs: LatencySummary;
}

export interface ProductionBenchResult {
  readonly loadAverage: { readonly atStart: readonly number[]; readonly atEnd: readonly number[] };
  readonly setupSeconds: number;
  readonly signOff: Measured & { readonly workOrders: number; readonly tasksPerWorkOrder: number };
  readonly crs: Measured & { readonly signedTasksPerWorkOrder: number };
  readonly jobCard: Measured & { readonly tasks: number; readonly bytes: number };
  readonly traceabilityJson: Measured & { readonly bytes: number };
  readonly traceabilityCsv: Measured & { readonly bytes: number };
  readonly compliance: Measured & { readonly openWorkOrders: number; readonly listed: number };
  readonly longStream: {
    readonly events: number;
    /** The commands that built the stream, the first and the last 100: does a write get dearer as the stream grows? */
    readonly buildFirst100Ms: LatencySummary;
    readonly buildLast100Ms: LatencySummary;
    /** A measurement on the long work order with its state cached (the usual case). */
    readonly steady: Measured;
    /** After a restart on the same data: the first command folds the whole stream, then the cache serves again. */
    readonly afterRestart: { readonly firstMs: number; readonly steady: Measured };
  };
}

const DEVICE = 'ipad-bench';
const PROFILE_PRELOAD = join(__dirname, '..', 'support', 'cpu-profile-preload.js');

/** Times `runs` sequential calls; an answer other than 2xx counts as an error, never as a sample. */
async function measure(runs: number, call: (run: number) => Promise<HttpAnswer>): Promise<Measured & { readonly last?: HttpAnswer }> {
  const samples: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let last: HttpAnswer | undefined;
  for (let run = 0; run < runs; run++) {
    const startedAt = process.hrtime.bigint();
    const answer = await call(run);
    const ms = elapsedMs(startedAt);
    if (answer.status >= 200 && answer.status < 300) {
      samples.push(ms);
      last = answer;
    } else {
      errors += 1;
      if (errorSamples.length < 3) errorSamples.push(`${answer.status} ${answer.bytes.toString('utf8').slice(0, 300)}`);
    }
  }
  return { count: samples.length, errors, errorSamples, latencyMs: summarize(samples), last };
}

const figures = ({ count, errors, errorSamples, latencyMs }: Measured): Measured => ({ count, errors, errorSamples, latencyMs });

/**
 * The quality-critical reads and writes of production (issue 4) against the built API in a child process
 * (`node dist/bench/production/release.bench.js`): sign-off, CRS, job card PDF, traceability export, compliance view,
 * and a command on a work order of ~2,000 events, cold and cached. Sequential: the latency one user sees.
 */
export async function runProductionBench(options: ProductionBenchOptions = {}): Promise<ProductionBenchResult> {
  const signOffWorkOrders = options.signOffWorkOrders ?? 20;
  const tasksPerWorkOrder = options.tasksPerWorkOrder ?? 10;
  const jobCardTasks = options.jobCardTasks ?? 40;
  const downloads = options.downloads ?? 50;
  const openWorkOrders = options.openWorkOrders ?? 100;
  const complianceRuns = options.complianceRuns ?? 20;
  const labourPairs = options.longStreamLabourPairs ?? 800;
  const steadyRuns = options.steadyRuns ?? 50;
  const atStart = loadavg().map((value) => round(value));

  const profileDir = options.profilePhase ? (options.profileDir ?? process.cwd()) : undefined;
  const serverOptions = {
    logLevel: 'warn' as const,
    env: { REPAERO_TOKEN_TTL_SECONDS: '86400', ...(profileDir ? { BENCH_PROFILE_DIR: profileDir } : {}) },
    nodeArgs: profileDir ? ['-r', PROFILE_PRELOAD] : [],
  };
  progress('production: starting the API');
  let server: ApiProcess = await startApiProcess({ ...serverOptions, keepDataDir: true });
  /** Runs a measured phase, profiled when it is the one asked for (the preload starts and stops on SIGWINCH). */
  const phase = async <T>(name: ProfiledPhase, run: () => Promise<T>): Promise<T> => {
    if (name !== options.profilePhase) return run();
    process.kill(server.pid, 'SIGWINCH');
    try {
      return await run();
    } finally {
      process.kill(server.pid, 'SIGWINCH');
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
  };
  const dataDir = server.dataDir;
  let client = new ProductionClient(server);
  try {
    const setupStartedAt = process.hrtime.bigint();
    progress('production: users, 3 technicians, a tool, the AMM and an AD, 40 serial items');
    const adminToken = await client.signIn('admin', server.adminPassword);
    const people = await staff(client, adminToken, 3);
    const [performer, inspector, teamLead] = people.technicians as [BenchTechnician, BenchTechnician, BenchTechnician];
    await library(client, people.quality);
    const items = await serialItems(client, people.keeper, jobCardTasks);

    progress(`production: ${signOffWorkOrders} work orders of ${tasksPerWorkOrder} tasks, a calibrated tool recorded on each task`);
    const signed: PlannedWorkOrder[] = [];
    for (let n = 0; n < signOffWorkOrders; n++) {
      const workOrder = await openWorkOrder(client, people.lead, teamLead, n, tasksPerWorkOrder);
      for (const taskId of workOrder.taskIds) await client.ok(performer.user, `${WORK_ORDERS}/${workOrder.workOrderId}/tasks/${taskId}/tool-uses`, { toolId: TOOL_ID });
      signed.push(workOrder);
    }
    const setupSeconds = round(elapsedMs(setupStartedAt) / 1000, 1);
    // Lookups (the user's technician, tools, documents) see the setup: the measured calls then wait for nothing.
    const settled = client.position;

    progress(`production: measuring ${signed.length * tasksPerWorkOrder} sign-offs`);
    const tasks = signed.flatMap(({ workOrderId, taskIds }) => taskIds.map((taskId) => ({ workOrderId, taskId })));
    const signOff = await phase('signOff', () =>
      measure(tasks.length, (run) =>
        client.call(performer.user, 'POST', `${WORK_ORDERS}/${tasks[run].workOrderId}/tasks/${tasks[run].taskId}/sign-off`, { device: DEVICE, position: settled, allowFailure: true }),
      ),
    );

    progress(`production: measuring ${signed.length} CRS`);
    const crs = await phase('crs', () =>
      measure(signed.length, (run) => client.call(performer.user, 'POST', `${WORK_ORDERS}/${signed[run].workOrderId}/crs`, { device: DEVICE, position: settled, allowFailure: true })),
    );

    progress(`production: a ${jobCardTasks}-task work order with parts, tools, measurements, labour, sign-offs and inspections`);
    const big = await bigWorkOrder(client, people.lead, people.keeper, performer, inspector, teamLead, items);
    const read = (user: BenchUser, path: string) => () => client.call(user, 'GET', path, { allowFailure: true });
    // One read first: it waits for the projections to reach the setup, which is not what is measured.
    await client.call(people.lead, 'GET', `${WORK_ORDERS}/${big}/job-card.pdf`);
    progress(`production: measuring ${downloads} job-card downloads`);
    const jobCard = await phase('jobCard', () => measure(downloads, read(people.lead, `${WORK_ORDERS}/${big}/job-card.pdf`)));
    if (jobCard.last && jobCard.last.headers['content-type'] !== 'application/pdf') throw new Error(`the job card is no PDF: ${String(jobCard.last.headers['content-type'])}`);

    progress(`production: measuring ${downloads} traceability exports, JSON and CSV`);
    await client.call(people.quality, 'GET', `${WORK_ORDERS}/${big}/traceability`);
    const [traceabilityJson, traceabilityCsv] = await phase('traceability', async () => [
      await measure(downloads, read(people.quality, `${WORK_ORDERS}/${big}/traceability`)),
      await measure(downloads, read(people.quality, `${WORK_ORDERS}/${big}/traceability?format=csv`)),
    ]);
    if (!traceabilityCsv.last?.bytes.toString('utf8').includes('SN-BENCH-0')) throw new Error('the traceability CSV does not name the serial numbers');

    progress(`production: ${openWorkOrders} open work orders for the compliance view`);
    const open: PlannedWorkOrder[] = [];
    for (let n = 0; n < openWorkOrders; n++) open.push(await openWorkOrder(client, people.lead, teamLead, 1000 + n, 1));
    const compliancePath = '/api/v1/production/compliance';
    await client.call(people.lead, 'GET', compliancePath);
    progress(`production: measuring ${complianceRuns} compliance views`);
    const compliance = await phase('compliance', () => measure(complianceRuns, read(people.lead, compliancePath)));
    const listed = ((compliance.last?.json as { items?: unknown[] } | undefined)?.items ?? []).length;

    progress(`production: a work order of ~${Math.round(labourPairs * 2.5)} events (labour start/stop pairs and measurements)`);
    const long = await openWorkOrder(client, people.lead, teamLead, 9999, 1);
    const [longTask] = long.taskIds;
    const onLong = `${WORK_ORDERS}/${long.workOrderId}/tasks/${longTask}`;
    const building: number[] = [];
    let events = 0;
    const timed = async (path: string, body: unknown) => {
      const startedAt = process.hrtime.bigint();
      const answer = await client.ok<{ version: number }>(performer.user, path, body);
      building.push(elapsedMs(startedAt));
      events = answer.version;
    };
    for (let pair = 0; pair < labourPairs; pair++) {
      await timed(`${onLong}/labour/start`, {});
      await timed(`${onLong}/labour/stop`, {});
      if (pair % 2 === 0) await timed(`${onLong}/measurements`, { name: `Torque ${pair}`, value: 12.5, unit: 'N.m', min: 11, max: 14 });
    }
    const measurement = (run: number) => client.call(performer.user, 'POST', `${onLong}/measurements`, { body: { name: `Steady ${run}`, value: 12.5, unit: 'N.m', min: 11, max: 14 }, position: settled, allowFailure: true });
    progress(`production: measuring ${steadyRuns} commands on the ${events}-event work order`);
    const steady = await phase('longStream', () => measure(steadyRuns, measurement));

    progress('production: restarting the API on the same data (cold aggregate-state cache)');
    const users = [people.quality, people.lead, people.keeper, ...people.technicians.map((technician) => technician.user)];
    client.close();
    await server.stop();
    server = await startApiProcess({ ...serverOptions, dataDir });
    client = new ProductionClient(server);
    await client.renewTokens(users);
    // Warms the code paths on another work order, so the next figure is the fold of the long stream, not the JIT.
    const other = open[0];
    await client.call(performer.user, 'POST', `${WORK_ORDERS}/${other.workOrderId}/tasks/${other.taskIds[0]}/measurements`, { body: { name: 'Warm-up', value: 1, unit: 'mm' } });
    const first = await measure(1, (run) => measurement(10_000 + run));
    const afterRestart = await measure(steadyRuns, (run) => measurement(20_000 + run));

    return {
      loadAverage: { atStart, atEnd: loadavg().map((value) => round(value)) },
      setupSeconds,
      signOff: { ...figures(signOff), workOrders: signOffWorkOrders, tasksPerWorkOrder },
      crs: { ...figures(crs), signedTasksPerWorkOrder: tasksPerWorkOrder },
      jobCard: { ...figures(jobCard), tasks: jobCardTasks, bytes: jobCard.last?.bytes.length ?? 0 },
      traceabilityJson: { ...figures(traceabilityJson), bytes: traceabilityJson.last?.bytes.length ?? 0 },
      traceabilityCsv: { ...figures(traceabilityCsv), bytes: traceabilityCsv.last?.bytes.length ?? 0 },
      compliance: { ...figures(compliance), openWorkOrders, listed },
      longStream: {
        events,
        buildFirst100Ms: summarize(building.slice(0, 100)),
        buildLast100Ms: summarize(building.slice(-100)),
        steady: figures(steady),
        afterRestart: { firstMs: first.errors === 0 ? first.latencyMs.max : Number.NaN, steady: figures(afterRestart) },
      },
    };
  } finally {
    client.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The job-card work order: per task a tool, two measurements, a serial part with its Form 1, labour, a sign-off; every 5th task critical and inspected; then the CRS. */
async function bigWorkOrder(
  client: ProductionClient,
  lead: BenchUser,
  keeper: BenchUser,
  performer: BenchTechnician,
  inspector: BenchTechnician,
  teamLead: BenchTechnician,
  items: readonly string[],
): Promise<string> {
  const { workOrderId, taskIds } = await openWorkOrder(client, lead, teamLead, 500, items.length, 5);
  for (const [t, taskId] of taskIds.entries()) {
    const onTask = `${WORK_ORDERS}/${workOrderId}/tasks/${taskId}`;
    await client.ok(performer.user, `${onTask}/tool-uses`, { toolId: TOOL_ID });
    await client.ok(performer.user, `${onTask}/measurements`, { name: 'Terminal torque', value: 12.5, unit: 'N.m', min: 11, max: 14 });
    await client.ok(performer.user, `${onTask}/measurements`, { name: 'Insulation resistance', value: 52, unit: 'MOhm', min: 20 });
    await client.ok(keeper, `${onTask}/part-issues`, { itemId: items[t] });
    await client.ok(performer.user, `${onTask}/labour/start`);
    await client.ok(performer.user, `${onTask}/labour/stop`);
    await client.ok(performer.user, `${onTask}/sign-off`, {}, DEVICE);
    if (t % 5 === 4) await client.ok(inspector.user, `${onTask}/independent-inspection`, { remarks: 'Checked' }, 'ipad-inspector');
  }
  await client.ok(performer.user, `${WORK_ORDERS}/${workOrderId}/crs`, {}, DEVICE);
  return workOrderId;
}

if (require.main === module) {
  const env = process.env;
  runAlone(() => runProductionBench({ profilePhase: env.BENCH_PROFILE_PHASE as ProfiledPhase | undefined, profileDir: env.BENCH_PROFILE_DIR }));
}
