/**
 * Small HTTP helpers for the gateway: bounded body reading, JSON answers with stable error
 * codes, and CORS for extension origins. Error bodies never echo request content.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra?: Record<string, unknown>) {
    super(message);
  }
}

/** Reads the whole body up to `limit` bytes; 413 beyond it. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'body_too_large', `Request body exceeds ${limit} bytes`);
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Sends `{ error: { code, message, ... } }` in the OpenAI error shape. */
export function sendError(res: ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { error: { code: err.code, message: err.message, type: err.code, ...err.extra } });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** True for origins the gateway answers with CORS headers. */
export function isAllowedOrigin(origin: string | undefined, extra: readonly string[]): origin is string {
  if (!origin) return false;
  if (/^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin)) return true;
  return extra.includes(origin);
}

/** Adds CORS headers when the origin is allowed; answers preflights. Returns true if handled. */
export function applyCors(req: IncomingMessage, res: ServerResponse, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (isAllowedOrigin(origin, extra)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-allow-headers', 'authorization, content-type');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-max-age', '600');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(isAllowedOrigin(origin, extra) ? 204 : 403);
    res.end();
    return true;
  }
  return false;
}
