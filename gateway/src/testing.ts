/**
 * Test helpers for the gateway (imported by *.test.ts only): a fake OpenAI-compatible
 * upstream that records what it received, a free-port finder and a PKCE sign-in against the
 * dev issuer. Nothing here runs in production.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUpstream {
  url: string;
  requests: { headers: IncomingHttpHeaders; body: Record<string, unknown> }[];
  /** Answer status for the next requests (200 = stream `reply`). */
  status: number;
  close(): Promise<void>;
}

/** Starts a fake upstream that streams `reply` in 5-character deltas. */
export async function startFakeUpstream(reply = 'Upstream summary for [NAME_1].'): Promise<FakeUpstream> {
  const fake: FakeUpstream = { url: '', requests: [], status: 200, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const c of req) raw += c;
    fake.requests.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> });
    if (fake.status !== 200) { res.writeHead(fake.status).end('{"error":"down"}'); return; }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (let i = 0; i < reply.length; i += 5) {
      res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: reply.slice(i, i + 5) } }] })}\n\n`);
    }
    res.write(`data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 7, completion_tokens: 9 } })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
  fake.close = () => { server.closeAllConnections(); return new Promise((r) => server.close(() => r())); };
  return fake;
}

/** A loopback port with nothing listening on it (was free a moment ago). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** Runs the dev issuer's code + PKCE flow as the extension would; returns its token answer. */
export async function devSignIn(issuer: string, clientId = 'chartveil-extension', nonce = 'n-123') {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = 'https://abcdefghijklmnop.chromiumapp.org/';
  const auth = new URL(`${issuer}/authorize`);
  for (const [k, v] of Object.entries({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri, code_challenge: challenge, code_challenge_method: 'S256', state: 's-1', nonce, scope: 'openid profile' })) {
    auth.searchParams.set(k, v);
  }
  const redirect = await fetch(auth, { redirect: 'manual' });
  const location = new URL(redirect.headers.get('location') ?? 'about:blank');
  const code = location.searchParams.get('code') ?? '';
  const token = (verifierOverride?: string) => fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifierOverride ?? verifier }),
  });
  return { redirect, location, code, token };
}

/** POSTs a chat request; returns status and full text. */
export async function postChat(url: string, token: string | undefined, messages: { role: string; content: string }[], extraHeaders: Record<string, string> = {}) {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
    body: JSON.stringify({ model: 'x', stream: true, messages, user: 'client-identifier-123' }),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
