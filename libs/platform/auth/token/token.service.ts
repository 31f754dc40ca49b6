import { Inject, Injectable } from '@nestjs/common';
import { DependencyUnavailable, type Clock } from '@repaero/event-sourcing';
import { SignJWT, createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { AppConfig, OidcConfig } from '../../config/app-config';
import { APP_CONFIG, CLOCK } from '../../tokens';
import { isRole, type Role } from '../user/roles';
import type { UserAccount } from '../user/user.decider';
import { InvalidToken, type AuthenticatedUser } from './authenticated-user';
import { VerifiedTokenCache } from './verified-token-cache';

export const JWT_SECRET = Symbol('JWT_SECRET');
export const LOCAL_ISSUER = 'repaero';
export const LOCAL_AUDIENCE = 'repaero-api';

export interface IssuedToken {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/** Issues HS256 tokens for local accounts and verifies them, and OIDC tokens when an issuer is configured. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private keySet?: Promise<KeySet>;
  /** A client sends the same token with every request: verify it once, re-check its time claims on each use. */
  private readonly verified = new VerifiedTokenCache();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(JWT_SECRET) secret: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(user: UserAccount): Promise<IssuedToken> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const expiresIn = this.config.auth.tokenTtlSeconds;
    const accessToken = await new SignJWT({ name: user.displayName, preferred_username: user.username, roles: [...user.roles] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setSubject(user.userId)
      .setIssuedAt(now)
      .setExpirationTime(now + expiresIn)
      .sign(this.key);
    return { accessToken, tokenType: 'Bearer', expiresIn };
  }

  /** Throws InvalidToken, or DependencyUnavailable when the OIDC issuer cannot be reached. */
  async verify(token: string): Promise<AuthenticatedUser> {
    const cached = this.verified.get(token, this.clock.now());
    if (cached) return cached;
    const { user, payload } = await this.verifyUncached(token);
    this.verified.set(token, user, payload, this.clock.now());
    return user;
  }

  private async verifyUncached(token: string): Promise<{ user: AuthenticatedUser; payload: JWTPayload }> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new InvalidToken('not a JWT');
    }
    if (issuer === LOCAL_ISSUER) return this.verifyLocal(token);
    const oidc = this.config.auth.oidc;
    if (oidc && issuer !== undefined && trimSlash(issuer) === oidc.issuer) return this.verifyOidc(token, oidc);
    throw new InvalidToken('unknown issuer');
  }

  private async verifyLocal(token: string): Promise<{ user: AuthenticatedUser; payload: JWTPayload }> {
    const { payload } = await this.check(() =>
      jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp'],
      }),
    );
    const username = typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined;
    return { user: { actor: actorOf(payload, rolesIn(payload.roles)), username, provider: 'local' }, payload };
  }

  private async verifyOidc(token: string, oidc: OidcConfig): Promise<{ user: AuthenticatedUser; payload: JWTPayload }> {
    const keySet = await this.oidcKeySet(oidc);
    const { payload } = await this.check(() =>
      jwtVerify(token, keySet, {
        algorithms: ASYMMETRIC,
        issuer: [oidc.issuer, `${oidc.issuer}/`],
        audience: oidc.audience,
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp'],
      }),
    );
    return { user: { actor: actorOf(payload, rolesIn(claimAt(payload, oidc.rolesClaim))), provider: 'oidc' }, payload };
  }

  private async check<T>(verify: () => Promise<T>): Promise<T> {
    try {
      return await verify();
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw new DependencyUnavailable('oidc', `the OIDC issuer's keys could not be fetched: ${String(error)}`, 5);
      }
      throw new InvalidToken(error.code);
    }
  }

  private oidcKeySet(oidc: OidcConfig): Promise<KeySet> {
    this.keySet ??= jwksUrlOf(oidc).then((url) => createRemoteJWKSet(new URL(url), { timeoutDuration: 3000 }));
    return this.keySet;
  }
}

/** OIDC_JWKS_URL, else the discovery document's jwks_uri, else the usual `<issuer>/.well-known/jwks.json`. */
async function jwksUrlOf(oidc: OidcConfig): Promise<string> {
  if (oidc.jwksUrl) return oidc.jwksUrl;
  try {
    const response = await fetch(`${oidc.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3000) });
    const discovery = response.ok ? ((await response.json()) as { jwks_uri?: unknown }) : {};
    if (typeof discovery.jwks_uri === 'string') return discovery.jwks_uri;
  } catch {
    // the convention below is the fallback
  }
  return `${oidc.issuer}/.well-known/jwks.json`;
}

function actorOf(payload: JWTPayload, roles: Role[]) {
  const name = [payload.name, payload.preferred_username, payload.email].find((value) => typeof value === 'string');
  return { id: payload.sub as string, name: (name as string | undefined) ?? (payload.sub as string), roles };
}

/** Roles unknown to Rep'Aero (an identity provider's own groups) are dropped, not refused. */
function rolesIn(value: unknown): Role[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return [...new Set(list.filter((role): role is Role => typeof role === 'string' && isRole(role)))];
}

function claimAt(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
