import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC, REQUIRED_ROLES } from '@repaero/platform/auth/guard/auth.decorators';
import { startApi, type RunningApi } from '../e2e/support/api';

jest.setTimeout(120_000);

interface Route {
  readonly method: string;
  readonly path: string;
  readonly isPublic: boolean;
  readonly roles: readonly string[];
}

/** The only routes a request may reach without a token: each has its own reason (its own signature, or nothing to protect). */
const PUBLIC_ROUTES = new Set(['GET /health', 'GET /health/live', 'GET /health/ready', 'GET /metrics', 'POST /api/v1/auth/token', 'POST /webhooks/twilio/status']);

/** Any signed-in user, by intent: one's own account. */
const ANY_SIGNED_IN = ['GET /api/v1/users/me', 'POST /api/v1/users/me/password'];


const joinPath = (...parts: readonly string[]) => `/${parts.flatMap((part) => part.split('/')).filter(Boolean).join('/')}`;

/** Every handler of every controller the running app registered, with what its metadata says about who may call it. */
function routesOf(api: RunningApi): Route[] {
  const routes: Route[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const paths = [Reflect.getMetadata(PATH_METADATA, handler)].flat() as string[];
        const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller));
        const roles = (Reflect.getMetadata(REQUIRED_ROLES, handler) ?? Reflect.getMetadata(REQUIRED_ROLES, controller) ?? []) as string[];
        for (const prefix of prefixes) for (const path of paths) routes.push({ method, path: joinPath(prefix, path), isPublic, roles });
      }
    }
  }
  return routes;
}

/** A concrete URL for a route pattern: every parameter gets a well-formed id, so only the guard can refuse it. */
const concrete = (path: string) => path.replace(/:[A-Za-z0-9_]+/g, '01a22000-0000-7000-8000-000000000000');

describe('route security: every route is public by intent or names its roles', () => {
  let api: RunningApi;
  let routes: Route[];

  beforeAll(async () => {
    api = await startApi();
    routes = routesOf(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('finds the routes of every context', () => {
    expect(routes.length).toBeGreaterThan(100);
    for (const area of ['/api/v1/stock/', '/api/v1/resources/', '/api/v1/production/', '/api/v1/audit/', '/api/v1/admin/']) {
      expect(routes.some((route) => route.path.startsWith(area))).toBe(true);
    }
  });

  it('has no route without @Roles(...) unless it is an allowed @Public() one', () => {
    const unguarded = routes.filter((route) => !route.isPublic && route.roles.length === 0).map((route) => `${route.method} ${route.path}`);
    const allowed = new Set(ANY_SIGNED_IN);
    expect(unguarded.filter((route) => allowed.has(route)).sort()).toEqual([...allowed].sort());
    const unexpectedPublic = routes.filter((route) => route.isPublic && !PUBLIC_ROUTES.has(`${route.method} ${route.path}`)).map((route) => `${route.method} ${route.path}`);
    expect({ unguarded: unguarded.filter((route) => !allowed.has(route)), unexpectedPublic }).toEqual({ unguarded: [], unexpectedPublic: [] });
  });

  it('answers 401 to an anonymous request on every non-public route', async () => {
    const answers: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      const response = await api.http()[method](concrete(route.path)).send({});
      if (response.status !== 401) answers.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(answers).toEqual([]);
  });
});
