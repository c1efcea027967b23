/**
 * OIDC sign-in for the gateway: authorization code + PKCE (S256) through an injected
 * `launchWebAuthFlow` (browser.identity.launchWebAuthFlow in the extension). jose verifies the
 * ID token (JWKS signature, iss, aud, exp, nonce). Tokens live in memory or a session-only
 * store, are refreshed by a silent re-run of the flow, and sign-out wipes them.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { ChartVeilError } from '../errors.ts';

export interface AuthSettings {
  /** Issuer URL, exactly as in its discovery document. */
  issuer: string;
  clientId: string;
  scopes: readonly string[];
  /** browser.identity.getRedirectURL() in the extension. */
  redirectUri: string;
}

export interface TokenSet {
  accessToken: string;
  idToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  user: AuthUser;
}
export interface AuthUser { sub: string; name?: string; email?: string }

/** Where tokens live: memory by default, or `storage.session` (never `local`). */
export interface TokenStore {
  get(): Promise<TokenSet | undefined>;
  set(tokens: TokenSet | undefined): Promise<void>;
}

export function memoryTokenStore(): TokenStore {
  let t: TokenSet | undefined;
  return { get: async () => t, set: async (v) => { t = v; } };
}

/** The subset of a `browser.storage` area the token store needs. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Token store over a storage area. Pass `browser.storage.session` (memory-only, cleared when the
 * browser closes): never `storage.local`, which persists to disk.
 * @example createAuth(settings, { launchWebAuthFlow, store: storageAreaTokenStore(browser.storage.session) })
 */
export function storageAreaTokenStore(area: StorageAreaLike, key = 'chartveil.gatewayTokens'): TokenStore {
  return {
    get: async () => (await area.get(key))[key] as TokenSet | undefined,
    set: async (v) => { if (v) await area.set({ [key]: v }); else await area.remove(key); },
  };
}

export interface AuthDeps {
  /** Opens the issuer's page and resolves with the final redirect URL (or undefined). */
  launchWebAuthFlow: (details: { url: string; interactive: boolean }) => Promise<string | undefined>;
  store?: TokenStore;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface Auth {
  /** Runs the code + PKCE flow; `interactive: false` for a silent re-sign-in. */
  signIn(opts?: { interactive?: boolean }): Promise<AuthUser>;
  /** A valid access token, renewing silently when it expires within 60 s; else ERR_AUTH. */
  getAccessToken(): Promise<string>;
  getUser(): Promise<AuthUser | undefined>;
  /** Call when the gateway answered 401: the token is dropped so the panel asks to sign in. */
  invalidate(): Promise<void>;
  signOut(): Promise<void>;
}

interface Discovery { issuer: string; authorization_endpoint: string; token_endpoint: string; jwks_uri: string }

const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randomString = (n = 32) => b64url(crypto.getRandomValues(new Uint8Array(n)));
const authError = (msg: string, cause?: unknown) => new ChartVeilError('ERR_AUTH', msg, { cause });

/** PKCE S256 challenge of a verifier (RFC 7636). */
export async function pkceChallenge(verifier: string): Promise<string> {
  return b64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/**
 * @example
 * const auth = createAuth({ issuer, clientId: 'chartveil-extension', scopes: ['openid', 'profile'], redirectUri: browser.identity.getRedirectURL() },
 *   { launchWebAuthFlow: (d) => browser.identity.launchWebAuthFlow(d) });
 * await auth.signIn(); const token = await auth.getAccessToken();
 */
export function createAuth(settings: AuthSettings, deps: AuthDeps): Auth {
  const store = deps.store ?? memoryTokenStore();
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  let discovery: Promise<Discovery> | undefined;
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  let signingIn: Promise<AuthUser> | undefined;

  const discover = () => (discovery ??= (async () => {
    const res = await doFetch(`${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
    if (!res.ok) throw authError(`Identity provider discovery failed (HTTP ${res.status})`);
    const doc = (await res.json()) as Discovery;
    if (doc.issuer !== settings.issuer) throw authError('Identity provider issuer does not match the configured issuer');
    return doc;
  })().catch((e) => { discovery = undefined; throw e instanceof ChartVeilError ? e : authError('Identity provider unreachable', e); }));

  const run = async (interactive: boolean): Promise<AuthUser> => {
    const doc = await discover();
    const verifier = randomString(48);
    const state = randomString(16);
    const nonce = randomString(16);
    const url = new URL(doc.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code', client_id: settings.clientId, redirect_uri: settings.redirectUri, scope: settings.scopes.join(' '),
      state, nonce, code_challenge: await pkceChallenge(verifier), code_challenge_method: 'S256',
    }).toString();
    let final: string | undefined;
    try {
      final = await deps.launchWebAuthFlow({ url: url.href, interactive });
    } catch (e) {
      throw authError(interactive ? 'Sign-in was cancelled or failed' : 'Silent sign-in is not possible; sign in again', e);
    }
    if (!final) throw authError('Sign-in returned no redirect');
    const params = new URL(final).searchParams;
    if (params.get('error')) throw authError(`Identity provider refused sign-in (${params.get('error')})`);
    if (params.get('state') !== state) throw authError('Sign-in state mismatch (possible CSRF); try again');
    const code = params.get('code');
    if (!code) throw authError('Sign-in returned no authorization code');

    const res = await doFetch(doc.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: settings.redirectUri, client_id: settings.clientId, code_verifier: verifier }).toString(),
    }).catch((e) => { throw authError('Token endpoint unreachable', e); });
    if (!res.ok) throw authError(`Token exchange failed (HTTP ${res.status})`);
    const body = (await res.json()) as { access_token?: string; id_token?: string; expires_in?: number };
    if (!body.access_token || !body.id_token) throw authError('Token response lacks access_token or id_token');

    jwks ??= createRemoteJWKSet(new URL(doc.jwks_uri));
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(body.id_token, jwks, { issuer: settings.issuer, audience: settings.clientId, requiredClaims: ['exp', 'sub', 'nonce'] }));
    } catch (e) {
      throw authError('ID token verification failed', e);
    }
    if (claims.nonce !== nonce) throw authError('ID token nonce mismatch');
    const user: AuthUser = { sub: String(claims.sub), ...(typeof claims.name === 'string' ? { name: claims.name } : {}), ...(typeof claims.email === 'string' ? { email: claims.email } : {}) };
    await store.set({ accessToken: body.access_token, idToken: body.id_token, expiresAt: now() + (body.expires_in ?? 300) * 1000, user });
    return user;
  };

  const signIn = (interactive: boolean) => (signingIn ??= run(interactive).finally(() => { signingIn = undefined; }));

  return {
    signIn: (opts) => signIn(opts?.interactive ?? true),
    async getAccessToken() {
      let tokens = await store.get();
      if (!tokens) throw authError('Not signed in');
      if (tokens.expiresAt - now() < 60_000) {
        await store.set(undefined);
        await signIn(false); // throws ERR_AUTH when a prompt would be needed
        tokens = await store.get();
        if (!tokens) throw authError('Not signed in');
      }
      return tokens.accessToken;
    },
    getUser: async () => (await store.get())?.user,
    invalidate: () => store.set(undefined),
    async signOut() {
      await store.set(undefined);
      discovery = undefined;
      jwks = undefined;
    },
  };
}
