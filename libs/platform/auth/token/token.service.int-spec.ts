import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DependencyUnavailable, fixedClock } from '@repaero/event-sourcing';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { loadConfig } from '../../config/load-config';
import { InvalidToken } from './authenticated-user';
import { TokenService } from './token.service';

const SECRET = 's'.repeat(40);
const account = { userId: 'u-1', username: 'alice', displayName: 'Alice', roles: ['storekeeper' as const], passwordHash: 'x' };

describe('TokenService', () => {
  const clock = fixedClock('2026-03-01T08:00:00Z');
  let server: Server;
  let issuer: string;
  let privateKey: CryptoKey;
  let jwk: JWK;
  let jwksRequests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((request, response) => {
      response.setHeader('Content-Type', 'application/json');
      if (request.url === '/realms/mro/.well-known/openid-configuration') {
        response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/certs` }));
      } else if (request.url === '/realms/mro/protocol/certs' || request.url === '/plain/.well-known/jwks.json') {
        jwksRequests += 1;
        response.end(JSON.stringify({ keys: [jwk] }));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/mro`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const serviceFor = (env: NodeJS.ProcessEnv) => new TokenService(loadConfig({ REPAERO_JWT_SECRET: SECRET, ...env }), clock, SECRET);
  const oidcToken = (claims: Record<string, unknown>, audience = 'repaero-api', signWith: CryptoKey = privateKey, iss = issuer) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(iss)
      .setAudience(audience)
      .setSubject('kc-42')
      .setIssuedAt(Math.floor(clock.now().getTime() / 1000))
      .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + 300)
      .sign(signWith);

  describe('local tokens', () => {
    it('verifies what it issued', async () => {
      const tokens = serviceFor({});
      const { accessToken, expiresIn } = await tokens.issue(account);
      expect(expiresIn).toBe(3600);
      await expect(tokens.verify(accessToken)).resolves.toEqual({
        actor: { id: 'u-1', name: 'Alice', roles: ['storekeeper'] },
        username: 'alice',
        provider: 'local',
      });
    });

    it('refuses an expired token, by the injected clock', async () => {
      const tokens = serviceFor({ REPAERO_TOKEN_TTL_SECONDS: '60' });
      const { accessToken } = await tokens.issue(account);
      clock.advance(61_000);
      try {
        await expect(tokens.verify(accessToken)).rejects.toThrow(InvalidToken);
      } finally {
        clock.advance(-61_000);
      }
    });

    it('refuses an expired token it had verified before (the verification cache re-checks exp)', async () => {
      const tokens = serviceFor({ REPAERO_TOKEN_TTL_SECONDS: '60' });
      const { accessToken } = await tokens.issue(account);
      await expect(tokens.verify(accessToken)).resolves.toMatchObject({ username: 'alice' });
      clock.advance(60_000);
      try {
        await expect(tokens.verify(accessToken)).rejects.toThrow(InvalidToken);
      } finally {
        clock.advance(-60_000);
      }
    });

    it('answers the same user for the same token, verified once', async () => {
      const tokens = serviceFor({});
      const { accessToken } = await tokens.issue(account);
      const first = await tokens.verify(accessToken);
      const again = await tokens.verify(accessToken);
      expect(again).toBe(first);
      expect(again).toEqual({ actor: { id: 'u-1', name: 'Alice', roles: ['storekeeper'] }, username: 'alice', provider: 'local' });
    });

    it('still refuses a tampered copy of a verified token', async () => {
      const tokens = serviceFor({});
      const { accessToken } = await tokens.issue(account);
      await tokens.verify(accessToken);
      const [header, payload, signature] = accessToken.split('.');
      const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] })).toString('base64url');
      await expect(tokens.verify(`${header}.${forgedPayload}.${signature}`)).rejects.toThrow(InvalidToken);
    });

    it('refuses a token signed with another secret', async () => {
      const other = new TokenService(loadConfig({}), clock, 'o'.repeat(40));
      const { accessToken } = await other.issue(account);
      await expect(serviceFor({}).verify(accessToken)).rejects.toThrow(InvalidToken);
    });

    it('refuses garbage', async () => {
      await expect(serviceFor({}).verify('not.a.jwt')).rejects.toThrow(InvalidToken);
    });
  });

  describe('OIDC tokens', () => {
    it('accepts a token of the issuer, found through discovery, and maps the roles claim', async () => {
      const tokens = serviceFor({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'repaero-api', OIDC_ROLES_CLAIM: 'realm_access.roles' });
      const token = await oidcToken({ name: 'Bob Keeper', realm_access: { roles: ['storekeeper', 'offline_access', 'quality'] } });
      await expect(tokens.verify(token)).resolves.toEqual({
        actor: { id: 'kc-42', name: 'Bob Keeper', roles: ['storekeeper', 'quality'] },
        provider: 'oidc',
      });
      expect(jwksRequests).toBeGreaterThan(0);
    });

    it('reads a flat roles claim by default', async () => {
      const tokens = serviceFor({ OIDC_ISSUER: issuer });
      const token = await oidcToken({ preferred_username: 'bob', roles: ['sales'] }, 'anything');
      await expect(tokens.verify(token)).resolves.toMatchObject({ actor: { name: 'bob', roles: ['sales'] } });
    });

    it('falls back to <issuer>/.well-known/jwks.json without a discovery document', async () => {
      const plain = issuer.replace('/realms/mro', '/plain');
      const tokens = serviceFor({ OIDC_ISSUER: plain });
      const token = await oidcToken({ roles: 'quality sales' }, 'x', privateKey, plain);
      await expect(tokens.verify(token)).resolves.toMatchObject({ actor: { id: 'kc-42', roles: ['quality', 'sales'] } });
    });

    it('refuses the wrong audience', async () => {
      const tokens = serviceFor({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'repaero-api' });
      await expect(tokens.verify(await oidcToken({}, 'another-api'))).rejects.toThrow(InvalidToken);
    });

    it('refuses a token signed by another key', async () => {
      const tokens = serviceFor({ OIDC_ISSUER: issuer });
      const intruder = await generateKeyPair('RS256');
      await expect(tokens.verify(await oidcToken({}, 'repaero-api', intruder.privateKey))).rejects.toThrow(InvalidToken);
    });

    it('refuses an HS256 token claiming the issuer (algorithm confusion)', async () => {
      const tokens = serviceFor({ OIDC_ISSUER: issuer });
      const forged = await new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setSubject('x')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(SECRET));
      await expect(tokens.verify(forged)).rejects.toThrow(InvalidToken);
    });

    it('refuses OIDC tokens when no issuer is configured', async () => {
      await expect(serviceFor({}).verify(await oidcToken({ roles: ['admin'] }))).rejects.toThrow(InvalidToken);
    });

    it('answers DependencyUnavailable when the keys cannot be fetched', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const tokens = serviceFor({ OIDC_ISSUER: issuer, OIDC_JWKS_URL: `http://127.0.0.1:${port}/certs` });
      await expect(tokens.verify(await oidcToken({}))).rejects.toThrow(DependencyUnavailable);
    });
  });
});
