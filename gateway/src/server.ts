/**
 * Reference gateway entry: `startGateway(opts)` serves POST /v1/chat/completions (auth, PHI
 * tripwire, quota, upstream failover or offline summary), the dev OIDC issuer in dev mode, and
 * CORS for extension origins. It logs one metadata line per request, never a body or a token.
 * Run directly (`npm run gateway`) it reads its options from the environment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createTokenVerifier } from './auth.ts';
import { handleChat, type ReceivedRequest } from './chat.ts';
import { DEFAULTS, optionsFromEnv, type GatewayLogEntry, type GatewayOptions } from './config.ts';
import { createDevIssuer, type DevIssuer } from './dev-issuer.ts';
import { applyCors, HttpError, sendError, sendJson } from './http.ts';
import { createQuota, memoryQuotaStore, redisQuotaStore, userTag } from './quota.ts';
import { createTripwire, loadRuleDetectors } from './tripwire.ts';

export type { GatewayOptions } from './config.ts';

export interface RunningGateway {
  /** Base URL, e.g. `http://127.0.0.1:40123`; the API is at `${url}/v1/chat/completions`. */
  url: string;
  /** Issuer the gateway trusts (`${url}/oidc` in dev mode). */
  issuer: string;
  /** Test-only record of request bodies; empty unless `recordReceived` is set. */
  received: ReceivedRequest[];
  /** Dev mode only: mints an access token for tests (negative `expiresInS` = expired). */
  mintAccessToken?: DevIssuer['mintAccessToken'];
  close(): Promise<void>;
}

const defaultLog = (e: GatewayLogEntry) => process.stdout.write(`${JSON.stringify(e)}\n`);

/**
 * Starts a gateway on `host:port` (port 0 = any free port).
 * @example const gw = await startGateway({ port: 0, log: false }); await gw.close();
 */
export async function startGateway(opts: GatewayOptions = {}): Promise<RunningGateway> {
  const host = opts.host ?? DEFAULTS.host;
  const audience = opts.audience ?? DEFAULTS.audience;
  const dailyLimit = opts.dailyTokenQuota ?? DEFAULTS.dailyTokenQuota;
  const log = opts.log === false ? () => {} : (opts.log ?? defaultLog);
  const useDevIssuer = opts.devIssuer ?? !opts.issuer;
  if (!useDevIssuer && !opts.issuer) throw new Error('Gateway config: set `issuer` (OIDC_ISSUER) or enable the dev issuer');
  // The dev issuer signs anyone in: never expose it beyond this machine.
  if (useDevIssuer && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw new Error('Gateway config: the dev OIDC issuer only runs on a loopback host; set OIDC_ISSUER for a network-facing gateway');
  }

  const detectors = opts.tripwireDetectors ?? loadRuleDetectors();
  const tripwire = createTripwire(detectors, opts.tripwireEntities ?? DEFAULTS.tripwireEntities);
  const store = opts.redisUrl ? await redisQuotaStore(opts.redisUrl) : memoryQuotaStore();
  const quota = createQuota(store, dailyLimit);
  const received: ReceivedRequest[] = [];
  const state: { dev?: DevIssuer; chat?: Parameters<typeof handleChat>[2] } = {};

  const server = createServer((req, res) => void route(req, res));
  async function route(req: IncomingMessage, res: ServerResponse) {
    const started = Date.now();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const meta: Partial<GatewayLogEntry> & { sub?: string } = {};
    logWhenClosed(req, res, path, started, meta);
    try {
      if (applyCors(req, res, opts.allowedOrigins ?? [])) return;
      if (state.dev && (await state.dev.handle(req, res, path))) return;
      if (req.method === 'POST' && path === '/v1/chat/completions') await handleChat(req, res, state.chat!, meta);
      else if (req.method === 'GET' && path === '/healthz') sendJson(res, 200, { ok: true, upstreams: (opts.upstreams ?? []).length, mode: (opts.upstreams ?? []).length ? 'upstream' : 'offline' });
      else if (req.method === 'GET' && path === '/__test/received' && opts.recordReceived) sendJson(res, 200, { received });
      else throw new HttpError(404, 'not_found', 'Not found');
    } catch (err) {
      const httpErr = err instanceof HttpError ? err : new HttpError(500, 'internal_error', 'Internal gateway error');
      meta.code = httpErr.code;
      if (!res.headersSent) sendError(res, httpErr);
      else if (!res.writableEnded) res.end();
    }
  }

  /** One metadata-only line per request, written when the response closes. */
  function logWhenClosed(req: IncomingMessage, res: ServerResponse, path: string, started: number, meta: Partial<GatewayLogEntry> & { sub?: string }) {
    res.once('close', () => log({
      t: new Date().toISOString(), reqId: randomUUID().slice(0, 8), method: req.method ?? '?', path,
      status: res.statusCode, ms: Date.now() - started,
      ...(meta.sub ? { user: userTag(meta.sub) } : {}),
      ...(meta.upstream !== undefined ? { upstream: meta.upstream } : {}),
      ...(meta.promptTokens !== undefined ? { promptTokens: meta.promptTokens } : {}),
      ...(meta.completionTokens !== undefined ? { completionTokens: meta.completionTokens } : {}),
      ...(meta.code ? { code: meta.code } : {}),
    }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? DEFAULTS.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const issuer = useDevIssuer ? `${url}/oidc` : opts.issuer!;
  if (useDevIssuer) {
    state.dev = await createDevIssuer({ issuer, clientId: opts.devClientId ?? DEFAULTS.devClientId, audience, ttlS: opts.devTokenTtlS ?? DEFAULTS.devTokenTtlS });
  }
  const verifier = createTokenVerifier({ issuer, audience, jwksUrl: opts.jwksUrl, localJwks: state.dev?.jwks });
  state.chat = {
    verifier, tripwire, quota, dailyLimit, upstreams: opts.upstreams ?? [],
    offlineChunkDelayMs: opts.offlineChunkDelayMs ?? DEFAULTS.offlineChunkDelayMs,
    received: opts.recordReceived ? received : undefined,
  };

  return {
    url, issuer, received, mintAccessToken: state.dev?.mintAccessToken,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = optionsFromEnv();
  startGateway(opts).then((gw) => {
    process.stdout.write(`ChartVeil gateway on ${gw.url} (issuer ${gw.issuer}; ${opts.upstreams?.length ? `${opts.upstreams.length} upstream(s)` : 'offline demo summarizer'})\n`);
    if (gw.mintAccessToken) process.stdout.write('DEV MODE: the built-in issuer signs in a demo clinician without a password. Not for real users.\n');
    const stop = () => void gw.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }, (err: Error) => {
    process.stderr.write(`Gateway failed to start: ${err.message}\n`);
    process.exit(1);
  });
}
