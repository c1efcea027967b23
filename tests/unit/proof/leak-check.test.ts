/** Table tests for the proof suite's request/console leak checker (tests/e2e/proof/leak-check.ts). */
import { describe, expect, it } from 'vitest';
import { checkLogs, checkRequests, isAllowedDestination } from '../../e2e/proof/leak-check';
import type { RecordedRequest } from '../../e2e/proof/recorder';

const ID = 'a'.repeat(32);
const req = (over: Partial<RecordedRequest>): RecordedRequest => ({
  via: 'cdp', targetType: 'service_worker', targetUrl: '', url: 'http://127.0.0.1:9/x', method: 'POST', headers: {}, body: '', kind: 'http', ...over,
});

describe('leak checker', () => {
  it.each([
    ['raw in the URL', req({ url: 'http://127.0.0.1:9/a?n=Holloway' }), 'url'],
    ['percent-encoded in the URL', req({ url: 'http://127.0.0.1:9/a?n=Margaret%20Holloway' }), 'url'],
    ['form-encoded body', req({ body: 'name=Margaret+Holloway' }), 'body'],
    ['JSON-escaped body', req({ body: '{"n":"\\u0048olloway"}' }), 'body'],
    ['header', req({ headers: { 'x-note': 'Holloway' } }), 'header'],
    ['websocket frame', req({ kind: 'websocket-frame', url: '', body: 'Holloway' }), 'body'],
  ])('finds PHI %s', (_name, r, where) => {
    expect(checkRequests([r], ['Holloway']).phi.map((f) => f.where)).toContain(where);
  });

  it('finds nothing in sanitized traffic and counts canaries apart', () => {
    const report = checkRequests([req({ body: '[NAME_1] is stable' }), req({ url: 'http://127.0.0.1:9/__proof-canary/x?Holloway' })], ['Holloway']);
    expect(report.phi).toEqual([]);
    expect(report.canaries).toEqual({ 'cdp:service_worker': 1 });
  });

  it.each([
    ['http://127.0.0.1:4000/v1', true], ['http://localhost:3000/', true], ['ws://127.0.0.1:1/', true],
    [`chrome-extension://${ID}/offscreen.html`, true], [`chrome-extension://${'b'.repeat(32)}/x`, false],
    ['data:text/plain,hi', true], ['https://api.openai.com/v1/chat', false], ['https://gw.hospital.org/v1', false], ['ftp://127.0.0.1/', false],
  ])('destination %s allowed: %s', (url, ok) => {
    expect(isAllowedDestination(url, ID)).toBe(ok);
  });

  it('allows a configured gateway origin and flags the rest by origin only', () => {
    expect(isAllowedDestination('https://gw.hospital.org/v1', ID, ['https://gw.hospital.org'])).toBe(true);
    expect(checkRequests([req({ url: 'https://evil.example/p?q=1' })], [], { extensionId: ID }).disallowed).toEqual(['https://evil.example']);
  });

  it('finds PHI in console lines of any context', () => {
    const logs = [{ targetType: 'other', targetUrl: `chrome-extension://${ID}/offscreen.html`, source: 'console' as const, level: 'error', text: 'failed for Holloway' }];
    expect(checkLogs(logs, ['Holloway'])).toEqual([{ where: 'console', needle: 0, targetType: 'other', origin: `chrome-extension://${ID}` }]);
  });

  it('counts a digits-only needle (a ZIP) only where it stands alone', () => {
    const requests = [req({ body: '{"ts":1397211234}' }), req({ url: 'http://127.0.0.1:9/a?zip=97211' })];
    expect(checkRequests(requests, ['97211']).phi.map((f) => f.where)).toEqual(['url']);
  });
});

