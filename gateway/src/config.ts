/**
 * Gateway configuration: typed options for `startGateway`, plus loading them from the
 * environment or a JSON file (GATEWAY_CONFIG). Owns the defaults, which are the safe ones:
 * auth required, quota on, body recording off, only extension origins allowed by CORS.
 */
import { readFileSync } from 'node:fs';
import type { Detector } from '../../utils/detection/types.ts';

/** One OpenAI-compatible upstream: OpenAI, Azure OpenAI, vLLM, Ollama... */
export interface UpstreamConfig {
  /** Full chat-completions URL, e.g. `http://127.0.0.1:11434/v1/chat/completions`. */
  url: string;
  /** Secret for the upstream; sent as `Authorization: Bearer` or in `apiKeyHeader`. */
  apiKey?: string;
  /** Azure uses `api-key`; default `authorization`. */
  apiKeyHeader?: string;
  /** Overrides the client's `model` (deployments pin their own). */
  model?: string;
  /** Per-attempt time to first byte, ms. */
  timeoutMs?: number;
}

/** A metadata-only log record: never a body, a message or a token. */
export interface GatewayLogEntry {
  t: string;
  reqId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  user?: string;
  upstream?: number | 'offline';
  promptTokens?: number;
  completionTokens?: number;
  code?: string;
}

export interface GatewayOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Built-in dev OIDC issuer at `<url>/oidc`; used when no `issuer` is given. */
  devIssuer?: boolean;
  /** External issuer (discovery at `<issuer>/.well-known/openid-configuration`). */
  issuer?: string;
  /** Overrides the JWKS URL found through discovery. */
  jwksUrl?: string;
  /** Expected `aud` of access tokens. */
  audience?: string;
  /** Client id the dev issuer accepts (its ID tokens carry it as `aud`). */
  devClientId?: string;
  /** Lifetime of dev access tokens, seconds. */
  devTokenTtlS?: number;
  upstreams?: UpstreamConfig[];
  /** Per-user daily token budget (prompt + completion, UTC day). 0 disables. */
  dailyTokenQuota?: number;
  /** Redis URL for shared quota counters; memory when absent. */
  redisUrl?: string;
  /** Extra allowed CORS origins besides `chrome-extension://*` and `moz-extension://*`. */
  allowedOrigins?: string[];
  /** Test-only: keep request bodies in memory (`received`). Off by default, never logged. */
  recordReceived?: boolean;
  /** Detectors for the PHI tripwire; defaults to the engine's RULE_DETECTORS. */
  tripwireDetectors?: readonly Detector[];
  /** Entity types that make the tripwire answer 422. */
  tripwireEntities?: readonly string[];
  /** Delay between offline-summary chunks, ms (makes streaming visible). */
  offlineChunkDelayMs?: number;
  /** Metadata logger; default one JSON line per request on stdout. `false` silences it. */
  log?: ((entry: GatewayLogEntry) => void) | false;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  audience: 'chartveil-gateway',
  devClientId: 'chartveil-extension',
  devTokenTtlS: 3600,
  dailyTokenQuota: 200_000,
  tripwireEntities: ['SSN', 'PHONE', 'FAX', 'EMAIL', 'MRN', 'IP', 'URL', 'DATE'],
  offlineChunkDelayMs: 25,
  upstreamTimeoutMs: 30_000,
} as const;

/**
 * Reads options from a JSON file named by GATEWAY_CONFIG, then lets env vars override:
 * GATEWAY_HOST, GATEWAY_PORT, OIDC_ISSUER, OIDC_JWKS_URL, GATEWAY_AUDIENCE, UPSTREAM_URLS
 * (comma-separated), UPSTREAM_API_KEY, UPSTREAM_MODEL, DAILY_TOKEN_QUOTA, REDIS_URL,
 * GATEWAY_ALLOWED_ORIGINS, TRIPWIRE_ENTITIES, GATEWAY_DEV_ISSUER (1/0).
 * @example optionsFromEnv({ UPSTREAM_URLS: 'http://a/v1/chat/completions' }).upstreams?.length // 1
 */
export function optionsFromEnv(env: Record<string, string | undefined> = process.env): GatewayOptions {
  const file: GatewayOptions = env.GATEWAY_CONFIG ? JSON.parse(readFileSync(env.GATEWAY_CONFIG, 'utf8')) : {};
  const opts: GatewayOptions = { ...file };
  if (env.GATEWAY_HOST) opts.host = env.GATEWAY_HOST;
  if (env.GATEWAY_PORT) opts.port = Number(env.GATEWAY_PORT);
  if (env.OIDC_ISSUER) opts.issuer = env.OIDC_ISSUER;
  if (env.OIDC_JWKS_URL) opts.jwksUrl = env.OIDC_JWKS_URL;
  if (env.GATEWAY_AUDIENCE) opts.audience = env.GATEWAY_AUDIENCE;
  if (env.UPSTREAM_URLS) {
    opts.upstreams = env.UPSTREAM_URLS.split(',').map((u) => u.trim()).filter(Boolean).map((url) => ({
      url, apiKey: env.UPSTREAM_API_KEY, model: env.UPSTREAM_MODEL, apiKeyHeader: env.UPSTREAM_API_KEY_HEADER,
    }));
  }
  if (env.DAILY_TOKEN_QUOTA) opts.dailyTokenQuota = Number(env.DAILY_TOKEN_QUOTA);
  if (env.REDIS_URL) opts.redisUrl = env.REDIS_URL;
  if (env.GATEWAY_ALLOWED_ORIGINS) opts.allowedOrigins = env.GATEWAY_ALLOWED_ORIGINS.split(',').map((s) => s.trim());
  if (env.TRIPWIRE_ENTITIES) opts.tripwireEntities = env.TRIPWIRE_ENTITIES.split(',').map((s) => s.trim());
  if (env.GATEWAY_DEV_ISSUER) opts.devIssuer = env.GATEWAY_DEV_ISSUER === '1';
  return opts;
}
