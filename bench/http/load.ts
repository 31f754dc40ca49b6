import { Agent, request as httpRequest } from 'node:http';
import { elapsedMs, progress, round, summarize, type LatencySummary } from '../support/stats';

export interface LoadOptions {
  readonly baseUrl: string;
  /** The path client `index` posts to, e.g. one part per client. */
  readonly pathFor: (client: number) => string;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The status that counts as acknowledged. */
  readonly okStatus?: number;
  readonly clients: number;
  readonly warmupMs: number;
  /** Measured window; ignored when `requests` is set. */
  readonly durationMs: number;
  /** Measure a fixed number of acknowledged requests instead of a duration. */
  readonly requests?: number;
  /**
   * Open loop: requests start at this fixed rate whatever the answers (over at most `clients` connections),
   * and latency counts from the planned start, so a server falling behind shows as latency, not as a
   * slower client. Without it, each client sends its next request when the last one is answered.
   */
  readonly ratePerSec?: number;
  /** Server process whose CPU time is reported over the window (Linux /proc). */
  readonly serverCpuSeconds?: () => number | undefined;
  readonly onMeasureStart?: () => void;
  readonly onMeasureEnd?: () => Promise<void> | void;
  readonly label?: string;
}

export interface LoadResult {
  readonly clients: number;
  /** Open loop only: the rate requests were started at. */
  readonly offeredPerSec?: number;
  readonly measuredSeconds: number;
  readonly perSec: number;
  readonly acknowledged: number;
  /** Other answers and transport errors during the measured window. */
  readonly errors: number;
  readonly errorSamples: readonly string[];
  readonly latencyMs: LatencySummary;
  /** The load generator shares the cores with the server: CPU seconds of each over the window. */
  readonly cpu: {
    readonly serverCpuSeconds?: number;
    /** Server CPU per acknowledged request: steadier than throughput when other processes load the machine. */
    readonly serverCpuMsPerRequest?: number;
    readonly loadGeneratorCpuSeconds: number;
  };
  /** Largest `"position":n` seen in an answer (the store's head for command answers). */
  readonly lastPosition: number;
}

/**
 * Closed-loop load on node:http with keep-alive: each client sends one request, waits for the answer,
 * sends the next. Answers count when the request started inside the measured window and ended before
 * its close; the warm-up's are dropped.
 */
export async function driveLoad(options: LoadOptions): Promise<LoadResult> {
  const label = options.label ?? 'http';
  const okStatus = options.okStatus ?? 201;
  const body = Buffer.from(JSON.stringify(options.body));
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients, maxFreeSockets: options.clients });
  const url = new URL(options.baseUrl);
  const headers = { 'content-type': 'application/json', 'content-length': String(body.length), ...options.headers };

  const send = (path: string) =>
    new Promise<{ status: number; position?: number; text?: string }>((resolve) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          if (status !== okStatus) return resolve({ status, text: text.slice(0, 300) });
          // The position is the only field read: a cheap scan, no JSON.parse per answer.
          const match = /"position":(\d+)/.exec(text);
          resolve({ status, position: match ? Number(match[1]) : undefined });
        });
      });
      req.once('error', (error) => resolve({ status: 0, text: String(error) }));
      req.end(body);
    });

  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let acknowledged = 0;
  let lastPosition = 0;
  let measuring = false;
  let stopping = false;
  const target = options.requests;

  const client = async (index: number) => {
    const path = options.pathFor(index);
    while (!stopping) {
      const startedAt = process.hrtime.bigint();
      const counted = measuring;
      const answer = await send(path);
      if (answer.position !== undefined && answer.position > lastPosition) lastPosition = answer.position;
      if (answer.status === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      if (!counted || !measuring) continue;
      if (answer.status === okStatus) {
        acknowledged += 1;
        latencies.push(elapsedMs(startedAt));
        if (target !== undefined && acknowledged >= target) stopping = true;
      } else {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(`${answer.status} ${answer.text ?? ''}`);
      }
    }
  };

  /** Open loop: fires requests on schedule; each counts from its planned start. */
  const scheduler = async (rate: number) => {
    const interval = 1000 / rate;
    const inFlight = new Set<Promise<void>>();
    let next = performance.now();
    let sent = 0;
    while (!stopping) {
      const now = performance.now();
      for (; next <= now && !stopping; next += interval) {
        const plannedAt = next;
        const counted = measuring;
        const path = options.pathFor(sent++ % options.clients);
        const request = send(path).then((answer) => {
          inFlight.delete(request);
          if (answer.position !== undefined && answer.position > lastPosition) lastPosition = answer.position;
          if (!counted || !measuring) return;
          if (answer.status === okStatus) {
            acknowledged += 1;
            latencies.push(performance.now() - plannedAt);
          } else {
            errors += 1;
            if (errorSamples.length < 5) errorSamples.push(`${answer.status} ${answer.text ?? ''}`);
          }
        });
        inFlight.add(request);
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(inFlight);
  };

  try {
    const mode = options.ratePerSec ? `${options.ratePerSec}/s offered over ${options.clients} connections` : `${options.clients} clients`;
    progress(`${label}: ${mode}, warm-up ${options.warmupMs} ms`);
    const running = options.ratePerSec
      ? [scheduler(options.ratePerSec)]
      : Array.from({ length: options.clients }, (_, index) => client(index));
    await new Promise((resolve) => setTimeout(resolve, options.warmupMs));
    options.onMeasureStart?.();

    progress(target === undefined ? `${label}: measuring for ${options.durationMs} ms` : `${label}: measuring ${target} requests`);
    const serverCpuBefore = options.serverCpuSeconds?.();
    const clientCpuBefore = process.cpuUsage();
    const measureStart = process.hrtime.bigint();
    measuring = true;
    if (target === undefined) {
      await new Promise((resolve) => setTimeout(resolve, options.durationMs));
    } else {
      while (!stopping) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    measuring = false;
    const seconds = elapsedMs(measureStart) / 1000;
    const serverCpuAfter = options.serverCpuSeconds?.();
    const clientCpu = process.cpuUsage(clientCpuBefore);
    stopping = true;
    await Promise.all(running);
    await options.onMeasureEnd?.();

    const serverCpu = serverCpuBefore !== undefined && serverCpuAfter !== undefined ? serverCpuAfter - serverCpuBefore : undefined;
    const result: LoadResult = {
      clients: options.clients,
      ...(options.ratePerSec ? { offeredPerSec: options.ratePerSec } : {}),
      measuredSeconds: round(seconds),
      perSec: Math.round(acknowledged / seconds),
      acknowledged,
      errors,
      errorSamples,
      latencyMs: summarize(latencies),
      cpu: {
        serverCpuSeconds: serverCpu === undefined ? undefined : round(serverCpu),
        serverCpuMsPerRequest: serverCpu === undefined || acknowledged === 0 ? undefined : round((serverCpu * 1000) / acknowledged, 3),
        loadGeneratorCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6),
      },
      lastPosition,
    };
    progress(
      `${label}: ${result.perSec}/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${errors} errors ` +
        `(server ${result.cpu.serverCpuSeconds ?? '?'} CPU s = ${result.cpu.serverCpuMsPerRequest ?? '?'} ms per request, ` +
        `load generator ${result.cpu.loadGeneratorCpuSeconds} CPU s, over ${result.measuredSeconds} s)`,
    );
    return result;
  } finally {
    agent.destroy();
  }
}
