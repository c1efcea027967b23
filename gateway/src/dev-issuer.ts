/**
 * Built-in dev OIDC issuer (dev mode only): discovery, /authorize that signs in a demo
 * clinician with no password prompt, /token with a PKCE S256 check, and /jwks. Codes are
 * single-use and expire after 60 s. It must never be enabled in front of real users.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { HttpError, readBody, sendJson } from './http.ts';

export const DEMO_CLINICIAN = { sub: 'demo-clinician-1', name: 'Dr. Demo Clinician', email: 'demo.clinician@example.org' };

interface PendingCode { clientId: string; redirectUri: string; challenge: string; nonce?: string; expires: number }

export interface DevIssuer {
  readonly issuer: string;
  readonly jwks: { keys: JWK[] };
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** Signs an access token directly (tests and tools). `expiresInS` may be negative. */
  mintAccessToken(claims?: { sub?: string; expiresInS?: number }): Promise<string>;
}

/** Redirect URIs the dev issuer accepts: the extension's identity URL and loopback. */
function redirectAllowed(uri: string): boolean {
  try {
    const u = new URL(uri);
    if (u.protocol === 'https:' && u.hostname.endsWith('.chromiumapp.org')) return true;
    if (u.protocol === 'https:' && u.hostname.endsWith('.extensions.allizom.org')) return true;
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  } catch {
    return false;
  }
}

const b64url = (buf: Buffer) => buf.toString('base64url');

/**
 * Creates the dev issuer mounted at `issuer` (e.g. `http://127.0.0.1:8787/oidc`).
 * @example const dev = await createDevIssuer({ issuer, clientId: 'chartveil-extension', audience: 'chartveil-gateway', ttlS: 3600 });
 */
export async function createDevIssuer(opts: { issuer: string; clientId: string; audience: string; ttlS: number }): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = b64url(randomBytes(8));
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const base = new URL(opts.issuer).pathname.replace(/\/$/, '');

  const sign = (key: CryptoKey, claims: Record<string, unknown>, aud: string, expiresInS: number) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).setIssuer(opts.issuer)
      .setAudience(aud).setSubject(String(claims.sub ?? DEMO_CLINICIAN.sub)).setIssuedAt(now).setExpirationTime(now + expiresInS).sign(key);
  };

  const discovery = () => ({
    issuer: opts.issuer,
    authorization_endpoint: `${opts.issuer}/authorize`,
    token_endpoint: `${opts.issuer}/token`,
    jwks_uri: `${opts.issuer}/jwks`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    code_challenge_methods_supported: ['S256'],
    id_token_signing_alg_values_supported: ['ES256'],
    subject_types_supported: ['public'],
    scopes_supported: ['openid', 'profile', 'email'],
    token_endpoint_auth_methods_supported: ['none'],
  });

  const authorize = (url: URL, res: ServerResponse) => {
    const p = url.searchParams;
    const redirectUri = p.get('redirect_uri') ?? '';
    if (!redirectAllowed(redirectUri)) throw new HttpError(400, 'invalid_redirect_uri', 'redirect_uri is not allowed by the dev issuer');
    if (p.get('client_id') !== opts.clientId) throw new HttpError(400, 'invalid_client', 'Unknown client_id');
    if (p.get('response_type') !== 'code') throw new HttpError(400, 'unsupported_response_type', 'Only response_type=code');
    const challenge = p.get('code_challenge') ?? '';
    if (p.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      throw new HttpError(400, 'invalid_request', 'PKCE with code_challenge_method=S256 is required');
    }
    const code = b64url(randomBytes(24));
    codes.set(code, { clientId: opts.clientId, redirectUri, challenge, nonce: p.get('nonce') ?? undefined, expires: Date.now() + 60_000 });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const state = p.get('state');
    if (state) target.searchParams.set('state', state);
    res.writeHead(302, { location: target.href, 'cache-control': 'no-store' });
    res.end();
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const form = new URLSearchParams(await readBody(req, 16 * 1024));
    if (form.get('grant_type') !== 'authorization_code') throw new HttpError(400, 'unsupported_grant_type', 'Only authorization_code');
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code); // single use, even on failure
    if (!pending || pending.expires < Date.now()) throw new HttpError(400, 'invalid_grant', 'Unknown or expired code');
    if (form.get('client_id') !== pending.clientId || form.get('redirect_uri') !== pending.redirectUri) {
      throw new HttpError(400, 'invalid_grant', 'client_id or redirect_uri mismatch');
    }
    const verifier = form.get('code_verifier') ?? '';
    if (b64url(createHash('sha256').update(verifier).digest()) !== pending.challenge) {
      throw new HttpError(400, 'invalid_grant', 'PKCE verification failed');
    }
    const idToken = await sign(privateKey, { ...DEMO_CLINICIAN, ...(pending.nonce ? { nonce: pending.nonce } : {}) }, pending.clientId, opts.ttlS);
    const accessToken = await sign(privateKey, { sub: DEMO_CLINICIAN.sub, scope: 'openid profile email' }, opts.audience, opts.ttlS);
    sendJson(res, 200, { access_token: accessToken, id_token: idToken, token_type: 'Bearer', expires_in: opts.ttlS, scope: 'openid profile email' });
  };

  return {
    issuer: opts.issuer,
    jwks: { keys: [publicJwk] },
    mintAccessToken: ({ sub = DEMO_CLINICIAN.sub, expiresInS = opts.ttlS } = {}) =>
      sign(privateKey, { sub }, opts.audience, expiresInS),
    async handle(req, res, path) {
      if (!path.startsWith(base + '/') && path !== base) return false;
      const rest = path.slice(base.length);
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'GET' && rest === '/.well-known/openid-configuration') sendJson(res, 200, discovery());
      else if (req.method === 'GET' && rest === '/jwks') sendJson(res, 200, { keys: [publicJwk] });
      else if (req.method === 'GET' && rest === '/authorize') authorize(url, res);
      else if (req.method === 'POST' && rest === '/token') await token(req, res);
      else throw new HttpError(404, 'not_found', 'No such dev issuer endpoint');
      return true;
    },
  };
}
