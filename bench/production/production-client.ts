import { Agent } from 'node:http';
import { request, type ApiProcess, type HttpAnswer } from '../http/api-process';

export const WORK_ORDERS = '/api/v1/production/work-orders';

export interface BenchUser {
  readonly username: string;
  readonly password: string;
  token: string;
}

export interface BenchTechnician {
  readonly technicianId: string;
  readonly user: BenchUser;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly device?: string;
  /** Sent as X-Consistency-Position; the latest acknowledged position when absent. */
  readonly position?: number;
  readonly contentType?: string;
  /** Other answers than 2xx are returned instead of thrown (measured calls count them). */
  readonly allowFailure?: boolean;
}

/** The API over one keep-alive agent, as one client session: every write's position is sent back on later calls. */
export class ProductionClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  position = 0;

  constructor(private readonly server: ApiProcess) {}

  async call(user: BenchUser, method: 'GET' | 'POST' | 'PUT', path: string, options: CallOptions = {}): Promise<HttpAnswer> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${user.token}`,
      'x-consistency-position': String(options.position ?? this.position),
      ...(options.device ? { 'x-device-id': options.device } : {}),
      ...(options.contentType ? { 'content-type': options.contentType } : {}),
    };
    const answer = await request(this.agent, this.server.baseUrl, method, path, { body: options.body ?? (method === 'GET' ? undefined : {}), headers });
    const position = (answer.json as { position?: unknown } | undefined)?.position;
    if (typeof position === 'number') this.position = Math.max(this.position, position);
    if (!options.allowFailure && (answer.status < 200 || answer.status > 299)) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${answer.bytes.toString('utf8').slice(0, 500)}`);
    }
    return answer;
  }

  /** A write expected to succeed; answers its JSON body. */
  async ok<T = Record<string, unknown>>(user: BenchUser, path: string, body: unknown = {}, device?: string): Promise<T> {
    return (await this.call(user, 'POST', path, { body, device })).json as T;
  }

  async signIn(username: string, password: string): Promise<string> {
    const answer = await request(this.agent, this.server.baseUrl, 'POST', '/api/v1/auth/token', { body: { username, password } });
    const token = (answer.json as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`sign-in of ${username} failed: ${answer.status} ${answer.bytes.toString('utf8').slice(0, 300)}`);
    return token;
  }

  /** Registers a user as admin and signs them in. */
  async user(adminToken: string, username: string, roles: readonly string[]): Promise<BenchUser> {
    const password = `${username}-bench-password`;
    await this.call({ username: 'admin', password: '', token: adminToken }, 'POST', '/api/v1/users', { body: { username, displayName: `Bench ${username}`, password, roles } });
    return { username, password, token: await this.signIn(username, password) };
  }

  /** After a restart on the same data directory: new tokens (the signing key may have changed). */
  async renewTokens(users: readonly BenchUser[]): Promise<void> {
    for (const user of users) user.token = await this.signIn(user.username, user.password);
  }

  close(): void {
    this.agent.destroy();
  }
}
