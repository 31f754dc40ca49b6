export type HealthStatus = 'up' | 'down';

export interface HealthIndicatorResult {
  /** The key in the /health body: `store`, `readStore`, ... */
  readonly name: string;
  readonly status: HealthStatus;
  /** Why it is down; logged, never sent (the endpoint is public). */
  readonly error?: string;
}

/** Registered as an array under HEALTH_CHECKS; must not throw (healthIndicator() makes sure). */
export type HealthIndicatorFn = () => Promise<HealthIndicatorResult>;

/** Turns any probe (a query, a ping) into a check that is down when it throws or takes too long. */
export function healthIndicator(name: string, probe: () => unknown, timeoutMs = 2000): HealthIndicatorFn {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(probe), timeout]);
      return { name, status: 'up' };
    } catch (error) {
      return { name, status: 'down', error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  };
}
