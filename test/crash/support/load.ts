import { randomUUID } from 'node:crypto';

export interface Accepted {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
}

export interface SentCommand {
  readonly correlationId: string;
  readonly partId: string;
  readonly kind: 'receipt' | 'issue';
  readonly locationCode: string;
  readonly quantity: number;
  /** acknowledged: 2xx with its result; rejected: 4xx; failed: 5xx; lost: no answer (the kill). */
  outcome: 'pending' | 'acknowledged' | 'rejected' | 'failed' | 'lost';
  status?: number;
  result?: Accepted;
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly partIds: readonly string[];
  readonly clients: number;
  readonly locations: readonly string[];
}

export interface Load {
  readonly sent: SentCommand[];
  acknowledged(): SentCommand[];
  /** Stops sending new commands; resolves when every client has its last answer (or error). */
  stop(): Promise<void>;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** `clients` concurrent loops of receipts (mostly) and issues on a few parts, each with its own correlation id. */
export function startLoad(options: LoadOptions): Load {
  const sent: SentCommand[] = [];
  let stopped = false;

  const send = async (command: SentCommand): Promise<void> => {
    const path = command.kind === 'receipt' ? 'receipts' : 'issues';
    const body =
      command.kind === 'receipt'
        ? { locationCode: command.locationCode, quantity: command.quantity }
        : { locationCode: command.locationCode, quantity: command.quantity, workOrderRef: `WO-CRASH-${command.correlationId.slice(0, 8)}` };
    try {
      const response = await fetch(`${options.baseUrl}/api/v1/stock/parts/${command.partId}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}`, 'X-Correlation-Id': command.correlationId },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      command.status = response.status;
      if (response.ok) {
        command.result = JSON.parse(text) as Accepted;
        command.outcome = 'acknowledged';
      } else {
        command.outcome = response.status >= 500 ? 'failed' : 'rejected';
      }
    } catch {
      command.outcome = 'lost';
    }
  };

  const client = async (): Promise<void> => {
    while (!stopped) {
      const kind = Math.random() < 0.65 ? 'receipt' : 'issue';
      const command: SentCommand = {
        correlationId: randomUUID(),
        partId: pick(options.partIds),
        kind,
        locationCode: pick(options.locations),
        quantity: kind === 'receipt' ? between(1, 5) : between(1, 3),
        outcome: 'pending',
      };
      sent.push(command);
      await send(command);
    }
  };

  const clients = Array.from({ length: options.clients }, () => client());
  return {
    sent,
    acknowledged: () => sent.filter((command) => command.outcome === 'acknowledged'),
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}
