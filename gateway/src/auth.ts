/**
 * Bearer-token check for the gateway: jose verifies signature (issuer JWKS), `iss`, `aud` and
 * `exp`. Every failure is a 401 with a stable code and a message that says what to do; the
 * token itself is never logged or echoed.
 */
import type { IncomingMessage } from 'node:http';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import { HttpError } from './http.ts';

export interface TokenVerifier {
  /** Returns the caller's subject (`sub`) or throws HttpError(401). */
  verify(req: IncomingMessage): Promise<{ sub: string }>;
}

/** Resolves the JWKS URL through OIDC discovery unless one is configured. */
async function discoverJwksUrl(issuer: string): Promise<string> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`OIDC discovery failed with HTTP ${res.status}`);
  const doc = (await res.json()) as { jwks_uri?: string; issuer?: string };
  if (!doc.jwks_uri) throw new Error('OIDC discovery document has no jwks_uri');
  return doc.jwks_uri;
}

/**
 * Creates the verifier. Pass `localJwks` for the built-in dev issuer, else `jwksUrl` or the
 * issuer's discovery is used (fetched lazily, cached by jose).
 * @example const v = createTokenVerifier({ issuer, audience: 'chartveil-gateway', jwksUrl });
 */
export function createTokenVerifier(opts: { issuer: string; audience: string; jwksUrl?: string; localJwks?: { keys: JWK[] } }): TokenVerifier {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  const getKeySet = () =>
    (keySet ??= opts.localJwks
      ? Promise.resolve(createLocalJWKSet(opts.localJwks))
      : (opts.jwksUrl ? Promise.resolve(opts.jwksUrl) : discoverJwksUrl(opts.issuer)).then((u) => createRemoteJWKSet(new URL(u))));

  return {
    async verify(req) {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
      if (!match) throw new HttpError(401, 'missing_token', 'Sign in required: send an access token as "Authorization: Bearer <token>"');
      let jwks: JWTVerifyGetKey;
      try {
        jwks = await getKeySet();
      } catch {
        keySet = undefined; // retry discovery next time
        throw new HttpError(503, 'issuer_unavailable', 'The identity provider could not be reached to verify the token');
      }
      try {
        const { payload } = await jwtVerify(match[1]!, jwks, { issuer: opts.issuer, audience: opts.audience, requiredClaims: ['exp', 'sub'] });
        return { sub: String(payload.sub) };
      } catch (err) {
        if (err instanceof errors.JWTExpired) throw new HttpError(401, 'token_expired', 'Access token expired: sign in again');
        if (err instanceof errors.JWTClaimValidationFailed) {
          throw new HttpError(401, 'invalid_token', `Access token rejected (${err.claim} check failed): sign in again`);
        }
        throw new HttpError(401, 'invalid_token', 'Access token is invalid: sign in again');
      }
    },
  };
}
