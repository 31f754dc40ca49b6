import { Writable } from 'node:stream';
import { Body, Controller, Get, Global, Inject, Module, Param, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsPositive, IsString, ValidateNested } from 'class-validator';
import type { Logger } from 'pino';
import request from 'supertest';
import {
  BusinessRuleViolation,
  DependencyUnavailable,
  NotFound,
  StreamVersionConflict,
  UpcasterRegistry,
  fixedClock,
  uuidV7Ids,
  type Actor,
  type EventStore,
} from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import {
  CLOCK,
  CurrentActor,
  EVENT_STORE,
  ID_GENERATOR,
  LOGGER,
  Metrics,
  PlatformModule,
  Roles,
  UPCASTERS,
  configureHttp,
  configureOpenApi,
  createLogger,
  ensureAdminUser,
  healthIndicator,
  loadConfig,
} from '@repaero/platform';

const ADMIN_PASSWORD = 'admin-password-for-tests';

class Line {
  @ApiProperty()
  @IsInt()
  @IsPositive()
  quantity: number;
}

class ReceivePartRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  partNumber: string;

  @ApiProperty({ type: [Line] })
  @ValidateNested({ each: true })
  @Type(() => Line)
  items: Line[];
}

@Controller('api/v1/test')
class DummyController {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  @Post('parts')
  @Roles('storekeeper')
  receive(@Body() body: ReceivePartRequest, @CurrentActor() actor: Actor) {
    this.logger.info({ partNumber: body.partNumber }, 'part received');
    return { received: body, isLine: body.items.every((item) => item instanceof Line), actor };
  }

  @Get('errors/:kind')
  fail(@Param('kind') kind: string): never {
    switch (kind) {
      case 'rule':
        throw new BusinessRuleViolation('stock.not-enough', 'only 2 left', { available: 2 });
      case 'conflict':
        throw new StreamVersionConflict('part-1', 3, 5);
      case 'missing':
        throw new NotFound('part', 'p-9');
      case 'down':
        throw new DependencyUnavailable('read store', 'connect ECONNREFUSED 10.0.0.7:5432', 7);
      default:
        throw new Error('boom: password=hunter2 at /srv/internal.ts');
    }
  }
}

interface Harness {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  clock: ReturnType<typeof fixedClock>;
  logs: () => Array<Record<string, unknown>>;
  health: { readStoreUp: boolean };
  store: EventStore;
}

async function startApp(env: NodeJS.ProcessEnv): Promise<Harness> {
  const store = new SqliteEventStore({ file: ':memory:' });
  const clock = fixedClock(new Date());
  const health = { readStoreUp: true };
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });

  @Global()
  @Module({
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: CLOCK, useValue: clock },
      { provide: ID_GENERATOR, useValue: uuidV7Ids },
      { provide: UPCASTERS, useValue: new UpcasterRegistry() },
    ],
    exports: [EVENT_STORE, CLOCK, ID_GENERATOR, UPCASTERS],
  })
  class WriteSideModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [
      WriteSideModule,
      PlatformModule.forRoot({
        config: loadConfig(env),
        healthChecks: {
          inject: [EVENT_STORE],
          useFactory: (eventStore: EventStore) => [
            healthIndicator('store', () => eventStore.headPosition()),
            healthIndicator('readStore', () => {
              if (!health.readStoreUp) throw new Error('ECONNREFUSED');
            }),
          ],
        },
      }),
    ],
    controllers: [DummyController],
  })
    .overrideProvider(LOGGER)
    .useValue(createLogger({ level: 'debug', destination }))
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureHttp(app);
  configureOpenApi(app);
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    clock,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    health,
    store,
  };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('platform over HTTP', () => {
  let h: Harness;
  let adminToken: string;

  const tokenFor = async (username: string, password: string): Promise<string> => {
    const response = await h.http().post('/api/v1/auth/token').send({ username, password }).expect(200);
    return response.body.accessToken as string;
  };
  const register = (username: string, roles: string[]) =>
    h
      .http()
      .post('/api/v1/users')
      .set(bearer(adminToken))
      .send({ username, displayName: `User ${username}`, password: `${username}-password-123`, roles });

  beforeAll(async () => {
    h = await startApp({ REPAERO_JWT_SECRET: 'j'.repeat(40), REPAERO_ADMIN_PASSWORD: ADMIN_PASSWORD });
    const printed: string[] = [];
    await expect(ensureAdminUser(h.app, { print: (line) => printed.push(line) })).resolves.toEqual({ created: true });
    expect(printed).toEqual([]);
    adminToken = await tokenFor('admin', ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await h.app.close();
    await h.store.close();
  });

  describe('authentication', () => {
    it('creates the admin only once', async () => {
      await expect(ensureAdminUser(h.app)).resolves.toEqual({ created: false });
      const events = await h.store.readStream('user-admin');
      expect(events.map((event) => event.type)).toEqual(['identity.UserRegistered']);
      expect(events[0].metadata).toMatchObject({ source: 'migration', actor: { id: 'system' } });
      expect(JSON.stringify(events[0])).not.toContain(ADMIN_PASSWORD);
    });

    it('answers 401 problem+json without a token', async () => {
      const response = await h.http().post('/api/v1/test/parts').send({}).expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="repaero"');
      expect(response.body).toMatchObject({
        type: 'https://repaero.example/problems/unauthorized',
        status: 401,
        instance: '/api/v1/test/parts',
      });
    });

    it('answers 401 for a forged or malformed token', async () => {
      const forged = `${adminToken.slice(0, -4)}AAAA`;
      const response = await h.http().get('/api/v1/users/me').set(bearer(forged)).expect(401);
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
      await h.http().get('/api/v1/users/me').set('Authorization', 'Basic YWRtaW46YWRtaW4=').expect(401);
    });

    it('issues a bearer token', async () => {
      const response = await h.http().post('/api/v1/auth/token').send({ username: 'ADMIN', password: ADMIN_PASSWORD }).expect(200);
      expect(response.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('refuses wrong credentials without saying which part was wrong', async () => {
      const wrongPassword = await h.http().post('/api/v1/auth/token').send({ username: 'admin', password: 'nope' }).expect(401);
      const unknownUser = await h.http().post('/api/v1/auth/token').send({ username: 'ghost', password: 'nope' }).expect(401);
      expect(wrongPassword.body.detail).toBe('Invalid username or password');
      expect(unknownUser.body.detail).toBe(wrongPassword.body.detail);
    });

    it('describes the caller', async () => {
      const response = await h.http().get('/api/v1/users/me').set(bearer(adminToken)).expect(200);
      expect(response.body).toEqual({ id: expect.any(String), name: 'Administrator', roles: ['admin'], username: 'admin', provider: 'local' });
    });

    it('refuses an expired token', async () => {
      const token = await tokenFor('admin', ADMIN_PASSWORD);
      h.clock.advance(3601 * 1000);
      try {
        await h.http().get('/api/v1/users/me').set(bearer(token)).expect(401);
      } finally {
        h.clock.advance(-3601 * 1000);
      }
    });
  });

  describe('users and roles', () => {
    it('lets an admin register users, as events', async () => {
      const response = await register('store.keeper', ['storekeeper']).expect(201);
      expect(response.body).toEqual({ userId: expect.any(String), streamId: 'user-store.keeper', version: 1, position: expect.any(Number) });
      const [event] = await h.store.readStream('user-store.keeper');
      expect(event.data).toMatchObject({ username: 'store.keeper', roles: ['storekeeper'], passwordHash: expect.stringMatching(/^scrypt\$/) });
      expect(event.metadata).toMatchObject({ source: 'api', actor: { name: 'Administrator', roles: ['admin'] } });
    });

    it('answers 422 with the rule code for a duplicate', async () => {
      await register('dup', ['sales']).expect(201);
      const response = await register('DUP', ['sales']).expect(422);
      expect(response.body).toMatchObject({
        type: 'https://repaero.example/problems/user.already-exists',
        status: 422,
        rule: 'user.already-exists',
        details: { username: 'dup' },
      });
    });

    it('forbids a missing role with 403 and allows the right one', async () => {
      await register('tech', ['technician']).expect(201);
      const techToken = await tokenFor('tech', 'tech-password-123');
      const forbidden = await h.http().post('/api/v1/test/parts').set(bearer(techToken)).send({ partNumber: 'P-1', items: [] }).expect(403);
      expect(forbidden.body).toMatchObject({ type: 'https://repaero.example/problems/forbidden', status: 403 });
      await register('tech', ['technician']).set(bearer(techToken)).expect(403);

      await register('keeper', ['storekeeper']).expect(201);
      const keeperToken = await tokenFor('keeper', 'keeper-password-123');
      const allowed = await h
        .http()
        .post('/api/v1/test/parts')
        .set(bearer(keeperToken))
        .send({ partNumber: 'P-1', items: [{ quantity: 2 }] })
        .expect(201);
      expect(allowed.body).toMatchObject({
        received: { partNumber: 'P-1', items: [{ quantity: 2 }] },
        isLine: true,
        actor: { name: 'User keeper', roles: ['storekeeper'] },
      });
    });

    it('lets admin pass every role check', async () => {
      await h.http().post('/api/v1/test/parts').set(bearer(adminToken)).send({ partNumber: 'P-2', items: [] }).expect(201);
    });

    it('lets a user change their own password', async () => {
      await register('changer', ['sales']).expect(201);
      const token = await tokenFor('changer', 'changer-password-123');
      await h
        .http()
        .post('/api/v1/users/me/password')
        .set(bearer(token))
        .send({ currentPassword: 'wrong', newPassword: 'a-brand-new-password' })
        .expect(403);
      await h
        .http()
        .post('/api/v1/users/me/password')
        .set(bearer(token))
        .send({ currentPassword: 'changer-password-123', newPassword: 'a-brand-new-password' })
        .expect(204);
      await tokenFor('changer', 'a-brand-new-password');
    });
  });

  describe('problem details', () => {
    it('names every invalid field, nested ones by path', async () => {
      const response = await h
        .http()
        .post('/api/v1/test/parts')
        .set(bearer(adminToken))
        .send({ partNumber: '', items: [{ quantity: 1 }, { quantity: -3, colour: 'red' }], extra: true })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: 'https://repaero.example/problems/validation-failed', status: 400 });
      const fields = (response.body.errors as Array<{ field: string }>).map((error) => error.field);
      expect(new Set(fields)).toEqual(new Set(['partNumber', 'items[1].quantity', 'items[1].colour', 'extra']));
    });

    it('answers 400 naming the body for malformed JSON', async () => {
      const response = await h
        .http()
        .post('/api/v1/test/parts')
        .set(bearer(adminToken))
        .set('Content-Type', 'application/json')
        .send('{"partNumber": "P-1",')
        .expect(400);
      expect(response.body).toMatchObject({
        type: 'https://repaero.example/problems/malformed-body',
        errors: [{ field: 'body', message: 'is not valid JSON' }],
        correlationId: expect.any(String),
      });
    });

    it('answers 404 problem+json for an unknown route', async () => {
      const response = await h.http().get('/api/v1/nowhere?x=1').expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: 'https://repaero.example/problems/not-found', status: 404, instance: '/api/v1/nowhere' });
    });

    it.each<[string, number, Record<string, unknown>]>([
      ['rule', 422, { type: 'https://repaero.example/problems/stock.not-enough', rule: 'stock.not-enough', details: { available: 2 } }],
      ['conflict', 409, { type: 'https://repaero.example/problems/stream-version-conflict', expectedVersion: 3, actualVersion: 5 }],
      ['missing', 404, { type: 'https://repaero.example/problems/not-found', detail: 'part p-9 was not found' }],
      ['down', 503, { type: 'https://repaero.example/problems/dependency-unavailable', dependency: 'read store' }],
    ])('maps the %s error to %i', async (kind, status, body) => {
      const response = await h.http().get(`/api/v1/test/errors/${kind}`).set(bearer(adminToken)).expect(status);
      expect(response.body).toMatchObject({ status, ...body });
    });

    it('says when to retry a dependency without naming its address', async () => {
      const response = await h.http().get('/api/v1/test/errors/down').set(bearer(adminToken)).expect(503);
      expect(response.headers['retry-after']).toBe('7');
      expect(JSON.stringify(response.body)).not.toContain('10.0.0.7');
    });

    it('hides an unexpected error and logs it with the correlation id', async () => {
      const response = await h
        .http()
        .get('/api/v1/test/errors/bug')
        .set(bearer(adminToken))
        .set('X-Correlation-Id', 'bug-report-1')
        .expect(500);
      expect(response.body).toMatchObject({ type: 'https://repaero.example/problems/internal-error', correlationId: 'bug-report-1' });
      expect(JSON.stringify(response.body)).not.toMatch(/boom|hunter2|internal\.ts|at /);
      expect(h.logs()).toContainEqual(expect.objectContaining({ level: 'error', correlationId: 'bug-report-1', msg: 'unexpected error' }));
    });
  });

  describe('correlation and logs', () => {
    it('echoes X-Correlation-Id, or makes one', async () => {
      const echoed = await h.http().get('/health').set('X-Correlation-Id', 'corr-42').expect(200);
      expect(echoed.headers['x-correlation-id']).toBe('corr-42');
      const made = await h.http().get('/health').set('X-Correlation-Id', 'bad id\twith spaces').expect(200);
      expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    });

    it('logs one line per request and tags lines written during it', async () => {
      await h
        .http()
        .post('/api/v1/test/parts')
        .set(bearer(adminToken))
        .set('X-Correlation-Id', 'trace-me')
        .send({ partNumber: 'P-9', items: [] })
        .expect(201);
      const lines = h.logs().filter((line) => line.correlationId === 'trace-me');
      expect(lines).toEqual([
        expect.objectContaining({ msg: 'part received', partNumber: 'P-9', userId: expect.any(String) }),
        expect.objectContaining({
          msg: 'request completed',
          method: 'POST',
          path: '/api/v1/test/parts',
          status: 201,
          ms: expect.any(Number),
          userId: expect.any(String),
        }),
      ]);
    });

    it('never logs a token or a password', () => {
      const all = JSON.stringify(h.logs());
      expect(all).not.toContain(adminToken.split('.')[2]);
      expect(all).not.toContain(ADMIN_PASSWORD);
      expect(all).not.toContain('keeper-password-123');
    });
  });

  describe('operations', () => {
    it('reports health as 200 when every check is up', async () => {
      const response = await h.http().get('/health').expect(200);
      expect(response.body).toEqual({ status: 'up', checks: { store: { status: 'up' }, readStore: { status: 'up' } } });
    });

    it('reports 503 when a check is down', async () => {
      h.health.readStoreUp = false;
      try {
        const response = await h.http().get('/health').expect(503);
        expect(response.body).toEqual({ status: 'down', checks: { store: { status: 'up' }, readStore: { status: 'down' } } });
      } finally {
        h.health.readStoreUp = true;
      }
    });

    it('serves Prometheus metrics, including commands and default process metrics', async () => {
      h.app.get(Metrics).setProjectionLag('stock-levels', 4);
      const response = await h.http().get('/metrics').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.text).toContain('repaero_commands_total{command="identity.RegisterUser",outcome="ok"}');
      expect(response.text).toContain('repaero_commands_total{command="identity.RegisterUser",outcome="rejected"} 1');
      expect(response.text).toContain('repaero_command_duration_seconds_bucket');
      expect(response.text).toContain('repaero_projection_lag_events{projection="stock-levels"} 4');
      expect(response.text).toContain('process_cpu_user_seconds_total');
    });

    it('serves the OpenAPI document with bearer auth and problem responses', async () => {
      const response = await h.http().get('/docs-json').expect(200);
      const document = response.body;
      expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(document.security).toEqual([{ bearer: [] }]);
      expect(document.components.schemas.ProblemDetails).toBeDefined();
      const login = document.paths['/api/v1/auth/token'].post;
      expect(login.security).toEqual([]);
      expect(login.responses['401']).toBeUndefined();
      const registerUser = document.paths['/api/v1/users'].post;
      expect(registerUser.responses['403'].content['application/problem+json']).toBeDefined();
      expect(registerUser.description).toContain('Roles: admin');
      expect(document.paths['/health'].get.security).toEqual([]);
      await h.http().get('/docs').expect(200);
    });
  });
});

describe('first start without REPAERO_ADMIN_PASSWORD', () => {
  it('generates the admin password and prints it once', async () => {
    const h = await startApp({ REPAERO_JWT_SECRET: 'k'.repeat(40) });
    try {
      const printed: string[] = [];
      await ensureAdminUser(h.app, { print: (line) => printed.push(line) });
      await ensureAdminUser(h.app, { print: (line) => printed.push(line) });
      const password = /generated password: (\S+)/.exec(printed.join('\n'))?.[1];
      expect(printed.filter((line) => line.includes('generated password'))).toHaveLength(1);
      expect(password).toBeDefined();
      await h.http().post('/api/v1/auth/token').send({ username: 'admin', password }).expect(200);
      expect(JSON.stringify(h.logs())).not.toContain(password);
    } finally {
      await h.app.close();
      await h.store.close();
    }
  });
});
