import { describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../audit/events';
import { buildFeedbackReport } from './feedback';
import { deliverFeedback } from './feedback-delivery';

const report = () => buildFeedbackReport({ kind: 'false-mask', entity: 'NAME', text: 'HFpEF', salt: 'd'.repeat(64), modelVersion: 'm1' });

function deps(endpoint: string, fetchImpl: typeof fetch) {
  const audited: AuditEvent[] = [];
  return { audited, d: { endpoint, fetch: vi.fn(fetchImpl), audit: async (e: AuditEvent) => void audited.push(e), timeoutMs: 50 } };
}

describe('deliverFeedback', () => {
  it('without an endpoint: one feedback audit entry, no network', async () => {
    const r = await report();
    const { audited, d } = deps('', async () => new Response(null, { status: 204 }));
    expect(await deliverFeedback(r, d)).toBe('audit');
    expect(d.fetch).not.toHaveBeenCalled();
    expect(audited).toEqual([{ type: 'feedback', kind: 'false-mask', entity: 'NAME', hash: r.saltedHash, modelVersion: 'm1' }]);
  });

  it('with an endpoint: POSTs exactly the report as JSON, no audit entry', async () => {
    const r = await report();
    const { audited, d } = deps('https://feedback.example/v1', async () => new Response(null, { status: 204 }));
    expect(await deliverFeedback(r, d)).toBe('endpoint');
    const [url, init] = d.fetch.mock.calls[0]!;
    expect(url).toBe('https://feedback.example/v1');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(init!.body as string)).toEqual(r);
    expect(init!.body).not.toContain('HFpEF');
    expect(audited).toEqual([]);
  });

  it('falls back to the audit log on an HTTP error, a network error and a timeout', async () => {
    const r = await report();
    const hang: typeof fetch = (_u, init) => new Promise((_res, rej) => init!.signal!.addEventListener('abort', () => rej(new DOMException('aborted', 'AbortError'))));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const f of [async () => new Response('no', { status: 500 }), async () => { throw new TypeError('fetch failed'); }, hang] as (typeof fetch)[]) {
      const { audited, d } = deps('https://feedback.example/v1', f);
      expect(await deliverFeedback(r, d)).toBe('audit');
      expect(audited).toHaveLength(1);
    }
    warn.mockRestore();
  });

  it('refuses a report carrying text, without sending or logging it', async () => {
    const r = { ...(await report()), text: 'Margaret Holloway' };
    const { audited, d } = deps('https://feedback.example/v1', async () => new Response(null, { status: 204 }));
    await expect(deliverFeedback(r, d)).rejects.toMatchObject({ code: 'ERR_BAD_MESSAGE' });
    expect(d.fetch).not.toHaveBeenCalled();
    expect(audited).toEqual([]);
  });
});
