import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { progress, runAlone } from '../support/stats';
import { startApiProcess } from './api-process';
import { driveLoad, type LoadResult } from './load';

export interface FrameworkFloorResult extends LoadResult {
  readonly cores: number;
}

/**
 * The same load as the commands bench against a do-nothing NestJS route (framework-floor.server.ts):
 * the most any command endpoint could reach here, now. Read the API's figures against it.
 */
export async function runFrameworkFloorBench(options: { clients?: number; warmupMs?: number; durationMs?: number } = {}): Promise<FrameworkFloorResult> {
  progress('http-floor: starting the do-nothing NestJS server');
  const server = await startApiProcess({ script: join(__dirname, 'framework-floor.server.js') });
  try {
    const load = await driveLoad({
      label: 'http-floor',
      baseUrl: server.baseUrl,
      pathFor: () => '/api/v1/stock/parts/0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978/receipts',
      body: { locationCode: 'MAIN-A01', quantity: 1 },
      clients: options.clients ?? 64,
      warmupMs: options.warmupMs ?? 2000,
      durationMs: options.durationMs ?? 10000,
      serverCpuSeconds: server.cpuSeconds,
    });
    return { ...load, cores: availableParallelism() };
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  runAlone(() => runFrameworkFloorBench());
}
